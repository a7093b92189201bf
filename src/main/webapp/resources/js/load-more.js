// "More" on a paged list: the link works without scripts (it opens the next page); with them, the next page's items
// are added to the list in place and the focus moves to the first one added, so that keyboards and screen readers
// carry on from there.
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("a[data-load-more]") : null;
        if (!link || !window.fetch || !window.DOMParser) {
            return;
        }
        event.preventDefault();
        var list = document.querySelector(link.getAttribute("data-load-more"));
        fetch(link.href, {credentials: "same-origin"}).then(function (response) {
            if (!response.ok) {
                throw new Error(response.status);
            }
            return response.text();
        }).then(function (html) {
            var page = new DOMParser().parseFromString(html, "text/html");
            var items = page.querySelectorAll(link.getAttribute("data-load-more") + " > li");
            var first = null;
            items.forEach(function (item) {
                var added = document.importNode(item, true);
                list.appendChild(added);
                first = first || added;
            });
            var next = page.querySelector("a[data-load-more]");
            if (next) {
                link.href = next.href;
            } else {
                link.parentNode.removeChild(link);
            }
            var focusable = first && first.querySelector("a");
            if (focusable) {
                focusable.focus();
            }
        }).catch(function () {
            window.location.href = link.href;
        });
    });
})();
