// "Was this helpful?" in place: the forms work without this script; with it, the answer and the
// comment are sent without leaving the page, and the result is announced in the status region.
(function () {
  "use strict";

  function send(form, data) {
    return fetch(form.action, {
      method: "POST",
      body: data,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().then(function (body) {
        return { ok: response.ok, body: body };
      });
    });
  }

  function enhance(section) {
    var answerForm = section.querySelector(".feedback__answer");
    var status = section.querySelector(".feedback__status");
    var template = document.getElementById("feedback-details-template");
    if (!answerForm || !status || !template || !window.fetch) return;

    answerForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(answerForm);
      var helpful = event.submitter ? event.submitter.value : "";
      data.append("helpful", helpful);
      // Anything unexpected: send the plain form, as without JavaScript.
      function fallBack() {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "helpful";
        input.value = helpful;
        answerForm.appendChild(input);
        answerForm.submit();
      }
      send(answerForm, data)
        .then(function (result) {
          if (!result.ok) { fallBack(); return; }
          var details = template.content.firstElementChild.cloneNode(true);
          details.action = result.body.follow_up;
          answerForm.replaceWith(details);
          status.textContent = details.getAttribute("data-thanks");
          // The thanks stands above the comment form: both in view, the comment box focused.
          status.scrollIntoView({ block: "start" });
          details.querySelector("textarea").focus({ preventScroll: true });
          details.addEventListener("submit", function (submitEvent) {
            submitEvent.preventDefault();
            send(details, new FormData(details)).then(function (sent) {
              if (sent.ok) {
                details.remove();
                status.textContent = sent.body.message;
                // The focused form is gone: focus moves to the thanks (not to the page's top),
                // and the thanks is brought into view on a short screen.
                status.setAttribute("tabindex", "-1");
                status.focus({ preventScroll: true });
                status.scrollIntoView({ block: "center" });
              } else {
                var errors = sent.body.errors || {};
                var first = Object.keys(errors)[0];
                status.textContent = first ? errors[first].join(" ") : "";
              }
            });
          });
        })
        .catch(fallBack);
    });
  }

  document.querySelectorAll("[data-feedback]").forEach(enhance);
})();
