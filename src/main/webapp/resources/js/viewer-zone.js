/*
 * Tells the server the visitor's time zone (Intl API): a cookie read by the event pages, and every hidden field
 * with the class "js-viewer-zone" (the registration form). When the page was drawn for another zone than the
 * browser's and the visitor chose none (?tz=), it is drawn again once, in their zone.
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
    var shown = document.querySelector('[data-shown-zone]');
    var chosen = /[?&]tz=/.test(window.location.search);
    if (shown && !chosen && previous !== zone && shown.getAttribute('data-shown-zone') !== zone) {
        window.location.reload();
    }
}());
