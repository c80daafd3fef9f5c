// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  // "Copy link" next to the permalink box: shown only when the clipboard can be used.
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = "Copied";
      }, function () {
        field.select();
      });
    });
  });
  // Filter forms: leave empty fields out of the URL so links stay short and shareable.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && (el.value === "" || el.value === el.getAttribute("data-default"))) { el.disabled = true; }
      });
    });
  });
})();
