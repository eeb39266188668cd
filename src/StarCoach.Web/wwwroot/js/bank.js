// Bank pages: apply a choice (target level, framework) as soon as it is picked; reload a page that waits for work in
// the background (a script rather than <meta refresh>, which a screen reader announces as a timed change).
(function () {
  "use strict";
  document.querySelectorAll("select[data-autosubmit]").forEach(select => {
    select.addEventListener("change", () => select.form.requestSubmit());
  });
  const waiting = document.querySelector("[data-reload-seconds]");
  if (waiting) {
    window.setTimeout(() => window.location.reload(), Number(waiting.dataset.reloadSeconds) * 1000);
  }
})();
