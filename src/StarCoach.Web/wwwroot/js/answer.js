// Live review on the answer page: as the candidate edits, post the text for review and redraw the score (in the
// header and beside the editor), the first fixes, the highlighted answer, the findings and the rubric, as the server
// draws them (HighlightedAnswer: every place a finding counts, each a link to its entry in "What to fix"). All text
// goes in through textContent, never innerHTML.
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
    ["overall", "live-overall"].forEach(id => {
      const score = document.getElementById(id);
      score.textContent = review.overall;
      score.className = "score big " + scoreClass(review.overall);
    });
    const cap = document.getElementById("score-cap");
    cap.textContent = review.capReason || "";
    cap.hidden = !review.capReason;
    document.getElementById("word-count").textContent = review.wordCount;
    document.getElementById("speaking-time").textContent = review.speakingSeconds;
    drawHighlights(review.findings, text);
    drawFindings(review.findings);
    drawTopFixes(review.findings.length, review.topFixes);
    drawRubric(review.rubric);
  }

  function entryId(index) { return "fix-" + index; }

  function drawTopFixes(count, fixes) {
    document.getElementById("live-count").textContent =
      (count === 1 ? "1 thing" : count + " things") + " to fix" + (count > 0 ? "; first:" : "");
    const list = document.getElementById("live-fixes");
    list.replaceChildren();
    fixes.forEach(f => {
      const li = document.createElement("li");
      const sev = document.createElement("span"); sev.className = "sev " + f.severity; sev.textContent = f.severity;
      const hint = document.createElement("div"); hint.className = "hint"; hint.textContent = f.hint;
      li.append(sev, " " + f.message, hint);
      list.appendChild(li);
    });
  }

  function drawHighlights(findings, text) {
    const target = document.getElementById("highlighted");
    const spans = [];
    findings.forEach((f, index) => [{ start: f.start, length: f.length }].concat(f.also || []).forEach(p => {
      const start = Math.max(0, Math.min(text.length, p.start));
      const end = Math.max(start, Math.min(text.length, p.start + p.length));
      if (end > start) spans.push({ start: start, end: end, index: index });
    }));
    const cuts = new Set([0, text.length]);
    spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const rank = { info: 0, warning: 1, error: 2 };
    target.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const indexes = Array.from(new Set(spans.filter(s => s.start <= from && s.end >= to).map(s => s.index))).sort((a, b) => a - b);
      if (indexes.length === 0) { target.appendChild(document.createTextNode(piece)); continue; }
      const worst = indexes.reduce((a, b) => (rank[findings[b].severity] > rank[findings[a].severity] ? b : a));
      const mark = document.createElement("mark");
      mark.className = "finding " + findings[worst].severity;
      mark.title = Array.from(new Set(indexes.map(i => findings[i].message))).join("\n");
      mark.dataset.findings = indexes.join(",");
      const link = document.createElement("a");
      link.href = "#" + entryId(worst);
      link.setAttribute("aria-describedby", entryId(worst));
      link.textContent = piece;
      mark.appendChild(link);
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
    findings.map((f, index) => ({ f: f, index: index })).sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.f.start - b.f.start).forEach(({ f, index }) => {
      const li = document.createElement("li");
      li.id = entryId(index);
      li.tabIndex = -1;
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
