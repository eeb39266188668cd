// Bank page: apply the target level as soon as it is picked.
(function () {
  "use strict";
  document.querySelectorAll("select[data-autosubmit]").forEach(select => {
    select.addEventListener("change", () => select.form.requestSubmit());
  });
})();
