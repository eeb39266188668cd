// Shows every <time data-local> in the browser's own time zone: the server writes the instant in UTC (and says
// "UTC"), since it cannot know where the candidate is. data-local="date" shows the day, "datetime" the day and time.
(function () {
  "use strict";
  const dateOnly = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });
  const dateTime = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
  for (const element of document.querySelectorAll("time[data-local]")) {
    const instant = new Date(element.getAttribute("datetime"));
    if (Number.isNaN(instant.getTime())) continue;
    element.title = element.textContent;
    element.textContent = (element.dataset.local === "date" ? dateOnly : dateTime).format(instant);
  }
})();
