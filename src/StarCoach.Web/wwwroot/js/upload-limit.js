// Says at once when a chosen file is over the import limit, before minutes of uploading end in a refusal (the
// server refuses it too, with the same words). Applies to every <input type="file" data-max-bytes>.
(function () {
  "use strict";
  for (const input of document.querySelectorAll("input[type=file][data-max-bytes]")) {
    const max = Number(input.dataset.maxBytes);
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      const over = file && file.size > max;
      input.setCustomValidity(over
        ? `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; files up to ${Math.round(max / 1048576)} MB can be imported. Split the document and import the parts.`
        : "");
      if (over) input.reportValidity();
    });
  }
})();
