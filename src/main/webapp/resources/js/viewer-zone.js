/*
 * Tells the server the visitor's time zone (Intl API): a cookie read by the event pages, and every hidden field
 * with the class "js-viewer-zone" (the registration form). When the page was drawn for another zone than the
 * browser's and the visitor chose none (?tz=), it is drawn again once, in their zone, without the parameters of a
 * tracked link (counted once).
 */
(function () {
    'use strict';
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (unsupported) {
        return;
    }
    if (!zone) {
        return;
    }
    var previous = document.cookie.split('; ').filter(function (c) {
        return c.indexOf('tremplin_tz=') === 0;
    }).map(function (c) {
        return decodeURIComponent(c.substring('tremplin_tz='.length));
    })[0];
    document.cookie = 'tremplin_tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
    Array.prototype.forEach.call(document.querySelectorAll('input.js-viewer-zone, input[id$="browserZone"]'), function (field) {
        field.value = zone;
    });
    // A browser that keeps no cookie would be sent a page for the wrong zone again and again: drawn once, as it is.
    var kept = document.cookie.indexOf('tremplin_tz=' + encodeURIComponent(zone)) !== -1;
    var shown = document.querySelector('[data-shown-zone]');
    var chosen = /[?&]tz=/.test(window.location.search);
    if (shown && kept && !chosen && previous !== zone && shown.getAttribute('data-shown-zone') !== zone) {
        // Drawn again without a tracked link's parameters: the first drawing counted the visit and kept its touch
        // in the visitor's cookie; the same address again would count every visitor from abroad twice.
        var again = new URL(window.location.href);
        ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term'].forEach(function (name) {
            again.searchParams.delete(name);
        });
        window.location.replace(again.toString());
    }
}());
