package com.houqin.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz's regular heartbeat: each tick runs whatever scheduled tasks are due. */
@DisallowConcurrentExecution
public class SchedulerTickJob extends QuartzJobBean {

    private final TaskRunner runner;

    public SchedulerTickJob(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        runner.runDueTasks();
    }
}
