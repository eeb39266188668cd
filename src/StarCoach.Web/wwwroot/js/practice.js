// Practice countdown: shows the time left, keeps counting past zero (in red, as overrun), and hands the measured
// seconds to the form so the server records what the candidate saw. Without scripts the server times the answer.
// A follow-up (data-start="manual") waits behind "Start answering", so reading the review does not eat its minute.
(function () {
  "use strict";
  const timer = document.getElementById("timer");
  const value = document.getElementById("timer-value");
  if (!timer || !value) return;
  const budget = Number(timer.dataset.budget) || 0;
  const elapsedField = document.getElementById("elapsed");
  const label = timer.querySelector(".timer-label");
  let start = null;

  function clock(seconds) {
    const whole = Math.round(Math.abs(seconds));
    return Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
  }

  function tick() {
    if (start === null) return;
    const elapsed = (performance.now() - start) / 1000;
    const left = budget - elapsed;
    if (left >= 0) {
      value.textContent = clock(left);
      timer.classList.toggle("closing", left <= 20);
    } else {
      value.textContent = "+" + clock(-left);
      timer.classList.add("over");
      if (label) label.textContent = "over time";
    }
    if (elapsedField) elapsedField.value = elapsed.toFixed(1);
  }

  function begin() {
    start = performance.now();
    tick();
    window.setInterval(tick, 250);
  }

  const form = elapsedField ? elapsedField.form : null;
  if (form) form.addEventListener("submit", tick);

  const manual = form && form.dataset.start === "manual" ? form : null;
  const ready = manual ? manual.querySelector(".follow-up-ready") : null;
  const box = manual ? manual.querySelector(".follow-up-answer") : null;
  const button = document.getElementById("start-answering");
  if (!ready || !box || !button) {
    begin();
    return;
  }

  box.hidden = true;
  ready.hidden = false;
  button.addEventListener("click", function () {
    ready.hidden = true;
    box.hidden = false;
    const text = box.querySelector("textarea");
    if (text) text.focus();
    begin();
  });
})();
