// Practice countdown: shows the time left, keeps counting past zero (in red, as overrun), and hands the measured
// seconds to the form so the server records what the candidate saw. Without scripts the server times the answer.
(function () {
  "use strict";
  const timer = document.getElementById("timer");
  const value = document.getElementById("timer-value");
  if (!timer || !value) return;
  const budget = Number(timer.dataset.budget) || 0;
  const start = performance.now();
  const elapsedField = document.getElementById("elapsed");
  const label = timer.querySelector(".timer-label");

  function clock(seconds) {
    const whole = Math.round(Math.abs(seconds));
    return Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
  }

  function tick() {
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

  tick();
  window.setInterval(tick, 250);
  const form = elapsedField ? elapsedField.form : null;
  if (form) form.addEventListener("submit", tick);
})();
