/*
 * A report's charts open what they count: a click on a bar (or a point) follows the link of the same row in the
 * table beside the chart, which holds the same figures for screen readers and for copying. PrimeFaces calls this
 * extender before it draws the chart (p:chart extender="tremplinReportChart"). A row that opens nothing holds a
 * span of the same class in place of its link, so that rows and bars stay in step. A chart of several datasets —
 * the funnel, this year's bars beside the year before's — finds each dataset's links by their data-dataset (the
 * first dataset's carry none): a bar of the year before opens the year before's leads, not this year's; a dataset
 * without links opens nothing.
 */
window.tremplinReportChart = function () {
    var block = this.jq.closest('.report-block');
    var options = this.cfg.config.options = this.cfg.config.options || {};
    function linkOf(elements) {
        if (!elements.length) {
            return null;
        }
        var dataset = elements[0].datasetIndex || 0;
        var links = block.find(dataset === 0 ? '.chart-link:not([data-dataset])'
            : '.chart-link[data-dataset="' + dataset + '"]');
        var link = links[elements[0].index];
        return link && link.href ? link.href : null;
    }
    options.onClick = function (event, elements) {
        var href = linkOf(elements);
        if (href) {
            window.location.assign(href);
        }
    };
    options.onHover = function (event, elements) {
        event.native.target.style.cursor = linkOf(elements) ? 'pointer' : 'default';
    };
};
