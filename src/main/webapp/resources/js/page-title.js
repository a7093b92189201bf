/*
 * A page whose heading an ajax answer updates (a program or an offer saved under a new title) gives the browser's tab
 * the same title: the heading carries it in data-page-title, as the page's <title> was written on load.
 */
(function () {
    function followHeading() {
        var heading = document.querySelector('[data-page-title]');
        if (heading && document.title !== heading.getAttribute('data-page-title')) {
            document.title = heading.getAttribute('data-page-title');
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', followHeading);
    }
}());
