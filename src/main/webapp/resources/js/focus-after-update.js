/*
 * Where the keyboard goes after an Ajax update of the back office. PrimeFaces replaces the updated part of the page,
 * and with it the element that had the focus (the button just pressed); at best the focus lands on the button's copy,
 * and a keyboard or screen reader user does not learn what the update brought. When an update replaced the focused
 * element (never while the person types in a field the update left in place), in this order:
 * - a message the update brought (an error or a confirmation) takes the focus, so that it is read at once;
 * - else an element the update brought that asks for it (data-focus-after-update, e.g. the title of a panel that
 *   opened, or the class focus-after-update, e.g. the card whose move was cancelled) takes it;
 * - else the focus stays where PrimeFaces put it back (the element with the same id).
 * And when a whole page comes back with a message (a non-Ajax action), the message takes the focus on load; without
 * one, an element that asks for it on load (data-focus-on-load: the title of a confirmation the action opened) takes it.
 */
(function () {
    var before = null;
    var MESSAGES = '.ui-messages .ui-messages-error, .ui-messages .ui-messages-warn, .ui-messages .ui-messages-info';
    // The messages on the page as the request left: one still there after the update is an earlier action's (a
    // walk-in refused a moment ago), which the update did not bring and must not be read as its outcome.
    var messagesBefore = [];

    // Only what cannot take the focus (a message, a title) is made focusable, and out of the Tab order; a link or a
    // button keeps its place in it: a move link given tabindex -1 here was skipped by Tab from its card's name.
    function focusOn(element) {
        if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
            element.setAttribute('tabindex', '-1');
        }
        element.focus();
    }

    function visible(element) {
        return element && element.offsetParent !== null;
    }

    function afterUpdate(focusedBefore, earlierMessages) {
        var main = document.getElementById('main');
        // The element that had the focus is still there (the update did not replace it), and the focus is somewhere
        // (the person may have moved it meanwhile, to another card): nothing to put right, and nothing to take away.
        if (!main || (focusedBefore && focusedBefore.isConnected && document.activeElement
            && document.activeElement !== document.body)) {
            return;
        }
        var message = Array.prototype.filter.call(main.querySelectorAll(MESSAGES), function (shown) {
            return earlierMessages.indexOf(shown) < 0 && visible(shown);
        })[0];
        if (message) {
            focusOn(message);
            return;
        }
        var asked = main.querySelector('[data-focus-after-update], .focus-after-update');
        if (visible(asked)) {
            focusOn(asked);
        }
    }

    // A whole page sent back after an action (most back-office buttons post the page): its message was in the page
    // from the start, where a live region is not read, and the focus would start at the top. The message takes it.
    function afterLoad() {
        var main = document.getElementById('main');
        var message = main && main.querySelector(MESSAGES);
        var nowhere = document.activeElement === document.body || !document.activeElement;
        if (visible(message) && nowhere) {
            focusOn(message);
            return;
        }
        // A panel the action opened (a confirmation asked before a final move) takes it, as after an Ajax update.
        var asked = main && main.querySelector('[data-focus-on-load]');
        if (visible(asked) && nowhere) {
            focusOn(asked);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', afterLoad);
    } else {
        afterLoad();
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function () {
            before = document.activeElement;
            var main = document.getElementById('main');
            messagesBefore = main ? Array.prototype.slice.call(main.querySelectorAll(MESSAGES)) : [];
        });
        var pending = false;
        window.jQuery(document).on('pfAjaxComplete', function () {
            // Once per update: an update that completes twice (PrimeFaces can signal it again) must not take the
            // focus back from where the person moved it after the first.
            if (pending) {
                return;
            }
            pending = true;
            var focusedBefore = before;
            var earlierMessages = messagesBefore;
            window.setTimeout(function () {
                pending = false;
                afterUpdate(focusedBefore, earlierMessages);
            }, 0);
        });
    }
})();
