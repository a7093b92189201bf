/*
 * WCAG 2.3.3: a person who asked their system for less motion (prefers-reduced-motion: reduce) gets none. The style
 * sheet stops CSS transitions and animations; this stops the animations PrimeFaces plays through jQuery (dialogs,
 * panels, menus, messages sliding or fading), which no style sheet reaches. The setting is followed live: turned on or
 * off while the page is open, it applies to the next animation.
 */
(function () {
    if (!window.matchMedia) {
        return;
    }
    var reduce = window.matchMedia('(prefers-reduced-motion: reduce)');

    function follow() {
        if (window.jQuery) {
            window.jQuery.fx.off = reduce.matches;
        }
    }

    follow();
    if (reduce.addEventListener) {
        reduce.addEventListener('change', follow);
    } else if (reduce.addListener) {
        reduce.addListener(follow);
    }
}());
