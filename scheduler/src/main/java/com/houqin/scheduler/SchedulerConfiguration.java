package com.houqin.scheduler;

import java.time.Clock;
import java.util.List;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The engine's wiring. Quartz (RAM store, set up by Spring Boot) fires a heartbeat; the
 * schedules themselves, the once-per-cluster claim and the catch-up live in MongoDB, because
 * Quartz's only shared store is a relational database and its cron cannot see our holidays.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CalendarProperties.class, SchedulerProperties.class})
public class SchedulerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(CalendarProperties properties) {
        return Clock.system(properties.timezone());
    }

    @Bean
    BusinessCalendar businessCalendar(CalendarProperties properties) {
        return properties.toCalendar();
    }

    @Bean
    LiveInstances liveInstances(MongoTemplate mongo, SchedulerProperties properties) {
        return new LiveInstances(mongo, properties.heartbeat(), properties.deadAfter());
    }

    @Bean
    TaskRunner taskRunner(MongoTemplate mongo, Clock clock, List<ScheduledTask> tasks, LiveInstances instances,
                          SchedulerProperties properties) {
        return new TaskRunner(mongo, clock, tasks, instances, properties.lease(), properties.retryAfterFailure());
    }

    @Bean
    JobDetail schedulerTickJob() {
        return JobBuilder.newJob(SchedulerTickJob.class).withIdentity("houqin-tick").storeDurably().build();
    }

    @Bean
    @ConditionalOnProperty(name = "houqin.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    Trigger schedulerTickTrigger(JobDetail schedulerTickJob, SchedulerProperties properties) {
        return TriggerBuilder.newTrigger().forJob(schedulerTickJob).withIdentity("houqin-tick")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.tick().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerTasks(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(TaskRunner.class).registerTasks();
    }
}
