/*
 * The lead list's bulk actions run in the request their button sends (up to the status line's data-bulk-limit leads,
 * 500, in one transaction), which a long list makes last seconds: while the server works, a second click sends
 * nothing, the bulk buttons are disabled, the list and the bulk actions are blocked by the PrimeFaces overlay the
 * status line names (data-bulk-block, a p:blockUI's widget), and the status line (role="status", aria-live, read by
 * screen readers; outside what is blocked, since a region marked busy is not read out) says how many leads are being
 * processed, "Traitement de 340 candidats…", the overlay showing the same words. The count is the one the page already
 * knows — the whole list's when its box is ticked, else the rows ticked, or the recipients a button names
 * (data-bulk-count) —; nothing pretends to measure the server's progress, which no background job reports. A count
 * over the limit is not claimed: the server refuses such a choice with the limit named, and the line only says
 * "Traitement en cours…". The page that comes back says how many were changed and how many skipped, and why. A page
 * shown again from the browser's history is as it was.
 */
(function () {
    function chosenCount(form, button) {
        if (button.hasAttribute('data-bulk-count')) {
            return parseInt(button.getAttribute('data-bulk-count'), 10);
        }
        var all = form.querySelector('input[type=checkbox][data-count]');
        var ticked = form.querySelector('input[type=hidden][name$="_selection"]');
        if ((all && all.checked) || (ticked && ticked.value === '@all')) {
            return all ? parseInt(all.getAttribute('data-count'), 10) : NaN;
        }
        return ticked ? ticked.value.split(',').filter(function (id) { return id.trim() !== ''; }).length : NaN;
    }

    /** The PrimeFaces overlay (p:blockUI) the status line names, when PrimeFaces made it. */
    function blocker(status) {
        var name = status.getAttribute('data-bulk-block');
        return name && window.PrimeFaces && window.PrimeFaces.widgets ? window.PrimeFaces.widgets[name] : null;
    }

    function words(status, button, count) {
        var attribute = function (name) {
            return button.getAttribute(name) || status.getAttribute(name);
        };
        var limit = parseInt(status.getAttribute('data-bulk-limit'), 10);
        if (!(count > 0) || count > limit) {
            return status.getAttribute('data-bulk-unknown');
        }
        if (count === 1) {
            return attribute('data-bulk-one');
        }
        var number = new Intl.NumberFormat(document.documentElement.lang || undefined).format(count);
        return attribute('data-bulk-other').replace('{0}', number);
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        var button = event.submitter;
        var status = form.querySelector && form.querySelector('[data-bulk-status]');
        if (!status || !button || !button.hasAttribute('data-bulk')) {
            return;
        }
        if (form.hasAttribute('data-bulk-busy')) {
            event.preventDefault();
            return;
        }
        // Not aria-busy on the form: screen readers hold back what changes inside a busy region, the status line
        // included. The overlay marks busy only what it blocks.
        form.setAttribute('data-bulk-busy', 'true');
        var said = words(status, button, chosenCount(form, button));
        status.textContent = said;
        status.classList.add('busy');
        var overlay = blocker(status);
        if (overlay) {
            Array.prototype.forEach.call(document.querySelectorAll('.bulk-block-words'), function (copy) {
                copy.textContent = said;
            });
            overlay.show();
        }
        // Disabled once the post is on its way: a button disabled before would leave its name out of what is sent.
        window.setTimeout(function () {
            Array.prototype.forEach.call(form.querySelectorAll('[data-bulk]:not([disabled])'), function (other) {
                other.disabled = true;
                other.setAttribute('data-bulk-disabled', 'true');
                other.classList.add('ui-state-disabled');
            });
        }, 0);
    }, true);

    // Back from the browser's history, the page is shown as the browser kept it: as it was before the click.
    window.addEventListener('pageshow', function () {
        Array.prototype.forEach.call(document.querySelectorAll('[data-bulk-status]'), function (status) {
            var form = status.closest('form');
            form.removeAttribute('data-bulk-busy');
            status.textContent = '';
            status.classList.remove('busy');
            var overlay = blocker(status);
            if (overlay && overlay.isBlocking()) {
                overlay.hide();
            }
            Array.prototype.forEach.call(form.querySelectorAll('[data-bulk-disabled]'), function (button) {
                button.disabled = false;
                button.removeAttribute('data-bulk-disabled');
                button.classList.remove('ui-state-disabled');
            });
        });
    });
})();
