// Suggestions while typing in any search box with data-suggest (the header box and the search page).
// Titles come from /api/v1/search/suggest; titleHtml is encoded by the server, with <mark> around matches only.
(function () {
  "use strict";
  function attach(input) {
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.id = input.id + "-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    input.insertAdjacentElement("afterend", list);
    var timer = 0, asked = "";

    function close() { list.hidden = true; list.replaceChildren(); }

    function show(items) {
      list.replaceChildren();
      items.forEach(function (item) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        var a = document.createElement("a");
        a.href = item.url;
        a.innerHTML = item.titleHtml;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = item.kind.replace("-", " ");
        a.appendChild(kind);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length === 0) { close(); return; }
      timer = setTimeout(function () {
        asked = q;
        fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) { if (asked === input.value.trim()) show(items); })
          .catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      if (e.key === "Escape") close();
      else if (e.key === "ArrowDown" && links.length) { e.preventDefault(); links[0].focus(); }
    });
    list.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && at < links.length - 1) { e.preventDefault(); links[at + 1].focus(); }
      else if (e.key === "ArrowUp") { e.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      else if (e.key === "Escape") { close(); input.focus(); }
    });
    document.addEventListener("click", function (e) { if (e.target !== input && !list.contains(e.target)) close(); });
  }
  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
