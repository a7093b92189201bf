/*
 * Where the back office's menu sits above the page rather than beside it (narrower than 60rem: a phone, a tablet held
 * upright), it is folded behind a "Menu" button, so that a page's own content starts on the first screen instead of
 * below fifteen links. Beside the page, the menu is always open and the button hidden. Without scripts the button
 * stays hidden and the menu open.
 */
(function () {
    var nav = document.querySelector('.side-nav');
    var button = nav && nav.querySelector('.nav-toggle');
    if (!button || !window.matchMedia) {
        return;
    }
    var above = window.matchMedia('(max-width: 59.99rem)');

    function open(opened) {
        nav.classList.toggle('folded', !opened);
        button.setAttribute('aria-expanded', opened ? 'true' : 'false');
    }

    function fit() {
        button.hidden = !above.matches;
        open(!above.matches);
    }

    button.addEventListener('click', function () {
        open(nav.classList.contains('folded'));
    });
    if (above.addEventListener) {
        above.addEventListener('change', fit);
    }
    fit();
})();
