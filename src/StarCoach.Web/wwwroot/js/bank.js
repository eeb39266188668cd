// Bank page: apply the target level as soon as it is picked, and confirm before deleting.
(function () {
  "use strict";
  document.querySelectorAll("select[data-autosubmit]").forEach(select => {
    select.addEventListener("change", () => select.form.requestSubmit());
  });
  document.querySelectorAll("[data-confirm]").forEach(button => {
    button.addEventListener("click", event => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    });
  });
})();
