// Click-to-load embeds: the page carries only a link; a click swaps in the provider's iframe.
// Without JavaScript the link simply opens the clip on the provider's site.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest(".embed[data-embed-src] .embed__link");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  var figure = link.closest(".embed");
  var src = figure.getAttribute("data-embed-src");
  if (!src || src.indexOf("https://") !== 0) return;
  event.preventDefault();
  var frame = document.createElement("iframe");
  frame.src = src;
  frame.title = (figure.getAttribute("data-embed-provider") || "Embedded") + " content";
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  frame.loading = "lazy";
  link.replaceWith(frame);
  var notice = figure.querySelector(".embed__notice");
  if (notice) notice.remove();
});

// The share box's copy button: shown only where the clipboard can be written; without it the
// address stays in its field to select and copy by hand.
(function () {
  var button = document.querySelector(".share__button[data-copy]");
  if (!button || !navigator.clipboard || !window.isSecureContext) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var field = document.querySelector(button.getAttribute("data-copy"));
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = "Copy link"; }, 2000);
    }, function () { field.select(); });
  });
})();

// Sharing to KakaoTalk and other messaging apps goes through the phone's own share sheet where
// the browser offers one (the Web Share API); there is no plain web address for it, and the
// site loads no network's script. Without the API the button stays hidden.
(function () {
  var button = document.querySelector(".share__native");
  if (!button || !navigator.share) return;
  button.closest("li").hidden = false;
  button.addEventListener("click", function () {
    navigator.share({ title: button.getAttribute("data-share-title"), url: button.getAttribute("data-share-url") })
      .catch(function () { /* the reader closed the sheet */ });
  });
})();
