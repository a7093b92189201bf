/*
 * Switching language in the middle of a public form keeps what was typed: the language links are plain links (they
 * work without scripts and keep the address), which would open the other language's page empty. Before the link is
 * followed, the fields of the page's forms are kept in this tab's session storage; the page in the other language puts
 * them back into its empty fields of the same ids (the same form in the other language), then forgets them. Files,
 * passwords, hidden fields and the honeypot are left, and so are the boxes: a consent is ticked by the person on the
 * sentence they read, never ticked for them. What was chosen in a list that the address can carry (the programs of
 * the information form, marked data-address-parameter) goes in the other language's address, which chooses them
 * again as a program page's link does.
 */
(function () {
    var KEY = 'tremplin.typedBeforeLanguageSwitch';

    function keptFields() {
        return Array.prototype.filter.call(document.querySelectorAll('main form[id] input, main form[id] select,'
            + ' main form[id] textarea'), function (field) {
            // A suggestion box's words are a search, not a value (its choices travel by the address, below).
            return field.id && !/^(hidden|file|password|submit|button|checkbox|radio)$/.test(field.type)
                && field.getAttribute('role') !== 'combobox' && !field.closest('[aria-hidden="true"]')
                && !field.closest('[data-address-parameter]') && !/website$/.test(field.id);
        });
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest('.language-switch a');
        if (!link) {
            return;
        }
        var address = new URL(link.href, document.baseURI);
        document.querySelectorAll('main form[id] [data-address-parameter]').forEach(function (list) {
            var parameter = list.getAttribute('data-address-parameter');
            address.searchParams.delete(parameter);
            list.querySelectorAll('select option').forEach(function (chosen) {
                address.searchParams.append(parameter, chosen.value);
            });
        });
        link.href = address.href;
        var typed = {};
        keptFields().forEach(function (field) {
            if (field.value) {
                typed[field.id] = field.value;
            }
        });
        try {
            sessionStorage.setItem(KEY, JSON.stringify({typed: typed}));
        } catch (storageRefused) {
            // Private browsing may refuse storage: the page changes language as a plain link would.
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        var kept;
        try {
            kept = JSON.parse(sessionStorage.getItem(KEY) || 'null');
            sessionStorage.removeItem(KEY);
        } catch (unreadable) {
            return;
        }
        if (!kept || !kept.typed) {
            return;
        }
        keptFields().forEach(function (field) {
            if (field.id in kept.typed && !field.value) {
                field.value = kept.typed[field.id];
            }
        });
    });
}());
