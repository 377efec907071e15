/* Site behaviour, in one small file loaded before the theme's bundle:
   1. the search index loads only when the reader opens search;
   2. keyboard access the theme lacks on phones;
   3. printing opens folded blocks.
   Worksheet forms have their own file, loaded on worksheet pages only. */

/* Load the search index only when the reader opens search. The theme fetches it on every first visit
   (about 150 KB, and growing with the curriculum); most readers on a phone never search, and a data
   plan is money. The theme asks for the index with XMLHttpRequest (newer versions may use fetch), so
   that one request waits here until the search box is opened or focused. Loaded before the theme. */
(function () {
  "use strict";
  var realFetch = window.fetch.bind(window);
  var release;
  var wanted = new Promise(function (resolve) { release = resolve; });

  function want() {
    if (release) {
      release();
      release = null;
    }
  }

  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.classList && event.target.classList.contains("md-search__input")) want();
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked) want();
  }, true);

  function isIndex(url) {
    return /\/search\/search_index\.json(\?|$)/.test(String(url));
  }

  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : (input && input.url) || String(input);
    if (isIndex(url)) return wanted.then(function () { return realFetch(input, init); });
    return realFetch(input, init);
  };

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.waitForSearch = isIndex(url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this;
    var args = arguments;
    if (!request.waitForSearch) return send.apply(request, args);
    wanted.then(function () { send.apply(request, args); });
  };
})();

/* Keyboard access the Material theme lacks on phones (WCAG 2.1.1, 2.4.3):
   - the menu and search icons are <label>s, which a keyboard cannot reach: make them buttons;
   - the closed search box and closed menu drawer stay in the tab order while off screen: make them
     inert until they are opened, so focus never lands on something the reader cannot see. */
(function () {
  "use strict";

  function makeButton(label, name) {
    label.tabIndex = 0;
    label.setAttribute("role", "button");
    label.setAttribute("aria-label", name);
    label.addEventListener("keydown", function (event) {
      // Chromium already turns Enter on a focused label into a click; Space needs our help.
      if (event.key === " ") {
        event.preventDefault();
        label.click();
      }
    });
  }

  function inertWhileClosed(panel, toggle, query) {
    if (!panel || !toggle) return;
    var media = window.matchMedia(query);
    function update() {
      if (media.matches && !toggle.checked) panel.setAttribute("inert", "");
      else panel.removeAttribute("inert");
    }
    // Capture phase: runs before the theme's own handler moves focus into the panel.
    document.addEventListener("change", function (event) {
      if (event.target === toggle) update();
    }, true);
    media.addEventListener("change", update);
    update();
  }

  // Printing: open every folded block, so paper shows everything; fold them back afterwards.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (block) {
      block.setAttribute("open", "");
      block.dataset.openedForPrint = "true";
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-opened-for-print]").forEach(function (block) {
      block.removeAttribute("open");
      delete block.dataset.openedForPrint;
    });
  });

  function start() {
    document.querySelectorAll('label.md-header__button[for="__drawer"]').forEach(function (label) {
      makeButton(label, "Open the menu");
    });
    document.querySelectorAll('label.md-header__button[for="__search"]').forEach(function (label) {
      makeButton(label, "Search");
    });
    var search = document.querySelector(".md-search");
    if (search && !search.getAttribute("aria-label")) search.setAttribute("aria-label", "Search this site");
    inertWhileClosed(search, document.getElementById("__search"), "(max-width: 59.984em)");
    inertWhileClosed(document.querySelector(".md-sidebar--primary"), document.getElementById("__drawer"),
                     "(max-width: 76.234em)");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
