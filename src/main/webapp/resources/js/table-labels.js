/*
 * On a phone, a table of several columns becomes one card a row (tremplin.css, .simple-table and .stack-on-phone),
 * each cell led by its column's name, which the cell then needs as data-label: copied here from the column's heading,
 * for the tables on the page and those an update brings, so that no page has to repeat its headings on every cell.
 * A cell that already names itself, and a column headed by a mark rather than a word ("—", a buttons' column), keep
 * theirs.
 */
(function () {
    var TABLES = 'table.simple-table, table.stack-on-phone';

    function label(table) {
        var headings = table.querySelectorAll('thead th');
        if (headings.length === 0) {
            return;
        }
        Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
            Array.prototype.forEach.call(row.children, function (cell, column) {
                var heading = headings[column];
                if (cell.tagName !== 'TD' || cell.hasAttribute('data-label') || !heading) {
                    return;
                }
                var name = heading.textContent.trim();
                if (/[\p{L}\p{N}]/u.test(name)) {
                    cell.setAttribute('data-label', name);
                }
            });
        });
    }

    function labelAll() {
        Array.prototype.forEach.call(document.querySelectorAll(TABLES), label);
    }

    labelAll();
    new MutationObserver(function (changes) {
        if (changes.some(function (change) { return change.addedNodes.length > 0; })) {
            labelAll();
        }
    }).observe(document.body, {childList: true, subtree: true});
})();
