// Reader polls. Every reader gets the same article and couple pages, so they can be served from
// the cache; this script asks for this reader's view of each open poll (their results once their
// browser has voted) and sends a vote without leaving the page. Without it, the form posts and
// the poll's own page (/polls/{id}) shows the results.
(function () {
  var sections = document.querySelectorAll("section.poll[data-poll]");
  if (!sections.length || !window.fetch || !window.JSON) return;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The results as the page shows them for a closed poll (partials/poll.leaf).
  function showResults(section, poll) {
    var form = section.querySelector(".poll__form");
    if (!form || poll.totalVotes === undefined || poll.totalVotes === null) return;
    var top = 0;
    poll.options.forEach(function (option) { top = Math.max(top, option.votes); });
    var list = element("ol", "poll__results");
    poll.options.forEach(function (option) {
      var item = element("li", "poll__result" + (top > 0 && option.votes === top ? " poll__result--leading" : ""));
      item.appendChild(element("span", "poll__label", option.label));
      var figures = element("span", "poll__figures", option.percent + "% ");
      figures.appendChild(element("span", "poll__count", "(" + option.votes + ")"));
      item.appendChild(figures);
      var bar = element("progress", "poll__bar", option.percent + "%");
      bar.max = 100;
      bar.value = option.percent;
      bar.setAttribute("aria-hidden", "true");
      item.appendChild(bar);
      list.appendChild(item);
    });
    var closing = section.getAttribute("data-closing");
    var meta = element("p", "poll__meta", poll.totalVotes + (poll.totalVotes === 1 ? " vote" : " votes")
      + (poll.voted ? " · Thanks for voting" : "") + (closing ? " · " + closing : ""));
    form.parentNode.replaceChild(list, form);
    list.parentNode.insertBefore(meta, list.nextSibling);
  }

  function load(section, id) {
    return fetch("/api/v1/polls/" + encodeURIComponent(id), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (poll) { if (poll && poll.voted) showResults(section, poll); })
      .catch(function () { /* the form stays; voting still works */ });
  }

  Array.prototype.forEach.call(sections, function (section) {
    var id = section.getAttribute("data-poll");
    var form = section.querySelector(".poll__form");
    if (!form) return; // closed: the page shows the results already
    load(section, id);
    form.addEventListener("submit", function (event) {
      var choice = form.querySelector("input[name=option]:checked");
      if (!choice) return;
      event.preventDefault();
      var button = form.querySelector("button");
      if (button) button.disabled = true;
      fetch("/api/v1/polls/" + encodeURIComponent(id) + "/votes", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ option: choice.value })
      }).then(function (response) {
        if (response.status === 201) return response.json().then(function (poll) { showResults(section, poll); });
        // Anything else (voted already, closed, too many votes): the server's own page says so.
        form.submit();
      }).catch(function () { form.submit(); });
    });
  });
})();
