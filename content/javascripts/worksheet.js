/* Worksheet forms: save answers in this browser only (localStorage), restore them, print, clear.
   Nothing is ever sent over the network. A static file, because the site's CSP forbids inline scripts. */
(function () {
  "use strict";

  function storageKey(form) {
    return "iop-worksheet:" + form.dataset.worksheet;
  }

  function read(form) {
    var answers = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name) return;
      if (el.type === "checkbox") {
        answers[el.name] = answers[el.name] || [];
        if (el.checked) answers[el.name].push(el.value);
      } else if (el.type === "radio") {
        if (el.checked) answers[el.name] = el.value;
      } else if (el.value) {
        answers[el.name] = el.value;
      }
    });
    return answers;
  }

  function write(form, answers) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !(el.name in answers)) return;
      var value = answers[el.name];
      if (el.type === "checkbox") el.checked = Array.isArray(value) && value.indexOf(el.value) !== -1;
      else if (el.type === "radio") el.checked = value === el.value;
      else el.value = value;
    });
  }

  function status(form, text) {
    var box = form.querySelector(".ws-status");
    if (box) box.textContent = text;
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null; // storage can be blocked (private mode, settings): the form still works, unsaved
    }
  }

  function setUp(form) {
    var store = storage();
    var key = storageKey(form);
    if (store) {
      try {
        var saved = JSON.parse(store.getItem(key) || "null");
        if (saved && saved.answers) {
          write(form, saved.answers);
          status(form, "Your saved answers are back.");
        }
      } catch (e) {
        store.removeItem(key);
      }
    } else {
      status(form, "This browser is not saving answers. Print the page before you close it.");
    }

    form.addEventListener("input", function () {
      if (!store) return;
      store.setItem(key, JSON.stringify({ version: form.dataset.version, answers: read(form) }));
      status(form, "Saved on this device.");
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault(); // pressing Enter in a field must not reload the page
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (!button) return;
      if (button.dataset.action === "print") {
        window.print();
      } else if (button.dataset.action === "clear") {
        if (!window.confirm("Clear all your answers on this worksheet? This cannot be undone.")) return;
        form.reset();
        if (store) store.removeItem(key);
        status(form, "Your answers were cleared from this device.");
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.iop-worksheet"), setUp);
  }

  // Material's instant loading is off, so each page load runs this once.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
