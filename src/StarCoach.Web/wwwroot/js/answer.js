// Live review on the answer page: as the candidate edits, post the text for review and redraw the score,
// the highlighted answer, the findings and the rubric. All text goes in through textContent, never innerHTML.
(function () {
  "use strict";
  const form = document.getElementById("edit-form");
  const textarea = document.getElementById("answer-text");
  if (!form || !textarea) return;

  const url = form.dataset.reviewUrl;
  const token = form.querySelector("input[name='__RequestVerificationToken']");
  const status = document.getElementById("live-status");
  let timer = 0;
  let sequence = 0;

  textarea.addEventListener("input", function () {
    window.clearTimeout(timer);
    status.textContent = "Reviewing…";
    timer = window.setTimeout(review, 350);
  });

  async function review() {
    const mine = ++sequence;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "RequestVerificationToken": token ? token.value : "" },
        body: JSON.stringify({ text: textarea.value }),
      });
      if (mine !== sequence) return;
      if (!response.ok) {
        const problem = await response.json().catch(() => null);
        status.textContent = problem && problem.detail ? problem.detail : "Could not review this text.";
        return;
      }
      draw(await response.json(), textarea.value);
      status.textContent = "Review updated — not saved yet.";
    } catch (e) {
      status.textContent = "Could not reach StarCoach; is it still running?";
    }
  }

  function scoreClass(overall) { return overall >= 70 ? "good" : overall >= 50 ? "fair" : "poor"; }

  function draw(review, text) {
    const overall = document.getElementById("overall");
    overall.textContent = review.overall;
    overall.className = "score big " + scoreClass(review.overall);
    const cap = document.getElementById("score-cap");
    cap.textContent = review.capReason || "";
    cap.hidden = !review.capReason;
    document.getElementById("word-count").textContent = review.wordCount;
    document.getElementById("speaking-time").textContent = review.speakingSeconds;
    drawHighlights(review.findings, text);
    drawFindings(review.findings);
    drawRubric(review.rubric);
  }

  function drawHighlights(findings, text) {
    const target = document.getElementById("highlighted");
    const cuts = new Set([0, text.length]);
    findings.forEach(f => { cuts.add(Math.max(0, Math.min(text.length, f.start))); cuts.add(Math.max(0, Math.min(text.length, f.start + f.length))); });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const rank = { info: 0, warning: 1, error: 2 };
    target.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = findings.filter(f => f.length > 0 && f.start <= from && f.start + f.length >= to);
      if (covering.length === 0) { target.appendChild(document.createTextNode(piece)); continue; }
      const worst = covering.reduce((a, b) => (rank[b.severity] > rank[a.severity] ? b : a));
      const mark = document.createElement("mark");
      mark.className = "finding " + worst.severity;
      mark.title = Array.from(new Set(covering.map(f => f.message))).join("\n");
      mark.textContent = piece;
      target.appendChild(mark);
    }
  }

  function drawFindings(findings) {
    const list = document.getElementById("findings");
    const rank = { error: 0, warning: 1, info: 2 };
    document.getElementById("finding-count").textContent = "(" + findings.length + ")";
    list.replaceChildren();
    if (findings.length === 0) {
      const li = document.createElement("li");
      li.className = "muted";
      li.textContent = "Nothing to fix — this answer reads well at this level.";
      list.appendChild(li);
      return;
    }
    findings.slice().sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start).forEach(f => {
      const li = document.createElement("li");
      const sev = document.createElement("span"); sev.className = "sev " + f.severity; sev.textContent = f.severity;
      const rule = document.createElement("span"); rule.className = "rule"; rule.title = f.rule; rule.textContent = " " + f.name;
      const message = document.createElement("div"); message.textContent = f.message;
      const hint = document.createElement("div"); hint.className = "hint"; hint.textContent = f.hint;
      li.append(sev, rule, message);
      if (f.excerpt) { const ex = document.createElement("div"); ex.className = "small muted"; ex.textContent = "“" + f.excerpt + "”"; li.appendChild(ex); }
      li.appendChild(hint);
      list.appendChild(li);
    });
  }

  function drawRubric(rubric) {
    const body = document.querySelector("#rubric tbody");
    if (!body) return;
    body.replaceChildren();
    rubric.forEach(r => {
      const tr = document.createElement("tr");
      const dimension = document.createElement("td"); dimension.textContent = r.dimension.charAt(0).toUpperCase() + r.dimension.slice(1);
      const level = document.createElement("td"); const span = document.createElement("span");
      span.className = "level level-" + r.level; span.textContent = r.level + " · " + r.label; level.appendChild(span);
      const why = document.createElement("td"); why.className = "small"; why.textContent = r.why.join("; ");
      tr.append(dimension, level, why);
      body.appendChild(tr);
    });
  }
})();
