package ca.tremplin.leadimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * Plans the undo job's step: records the job's execution on the import and gives one partition, on a thread of
 * its own, to each part of the import's registrations ({@link ImportUndoSlices#planParts}). The plan is made anew by
 * each execution from the parts in the database, so a resumed undo runs the parts it made the first time.
 */
@Named
@Dependent
public class ImportUndoPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String importId;

    @Inject
    @BatchProperty
    String tenantId;

    @Inject
    @BatchProperty
    String parts;

    @Inject
    @BatchProperty
    String perSlice;

    @Inject
    ImportUndoSlices slices;

    @Inject
    JobContext job;

    @Override
    public PartitionPlan mapPartitions() {
        List<Integer> planned = slices.planParts(Long.parseLong(importId), Long.parseLong(tenantId),
                job.getExecutionId(), number(parts, ImportUndoSlices.PARTS),
                number(perSlice, ImportUndoSlices.PER_SLICE));
        Properties[] properties = new Properties[planned.size()];
        for (int i = 0; i < planned.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("part", String.valueOf(planned.get(i)));
        }
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(planned.size());
        plan.setThreads(planned.size());
        plan.setPartitionProperties(properties);
        return plan;
    }

    /** A job parameter given for a benchmark or a test, else the default. */
    static int number(String parameter, int otherwise) {
        return parameter == null || parameter.isBlank() || "null".equals(parameter) ? otherwise
                : Integer.parseInt(parameter);
    }
}
