// whosaid web UI: the only script. It keeps a job page's status current; every page works without it.
(function () {
  var job = document.querySelector("dl.job[data-job]");
  if (!job) { return; }
  var id = job.getAttribute("data-job");
  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) {
        if (!j) { return; }
        job.querySelector(".state").textContent = j.state;
        job.querySelector(".indexed").textContent = j.indexed + " of " + j.articles + " articles, " + j.statements + " statements";
        if (j.state === "queued" || j.state === "running") { setTimeout(poll, 1000); }
      });
  }
  var state = job.querySelector(".state").textContent;
  if (state === "queued" || state === "running") { setTimeout(poll, 1000); }
})();
