package com.houqin.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.scheduler.BusinessCalendar;
import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.scheduler.Schedules;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.Outgoing;

/**
 * Last week's report to every manager on the first working day of the week at
 * {@code houqin.report.weekly-at}. The runner claims the run once across instances and catches it
 * up after downtime. The pictures are made at send time (the outbox carries texts, not files), so
 * each manager's delivery is claimed first in {@code report_deliveries}: a repeated run skips whom
 * it already served, and a failed delivery gives its claim back for the runner's next try.
 */
@Component
class WeeklyReportTask implements ScheduledTask {

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportTask.class);

    @Document("report_deliveries")
    record Delivery(@Id String id, Instant at) {
    }

    private final Reports reports;
    private final ReportMessages messages;
    private final People people;
    private final BotApi api;
    private final MongoTemplate mongo;
    private final BusinessCalendar calendar;
    private final ReportProperties properties;

    WeeklyReportTask(Reports reports, ReportMessages messages, People people, BotApi api, MongoTemplate mongo,
                     BusinessCalendar calendar, ReportProperties properties) {
        this.reports = reports;
        this.messages = messages;
        this.people = people;
        this.api = api;
        this.mongo = mongo;
        this.calendar = calendar;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "weekly-report";
    }

    @Override
    public Schedule schedule() {
        return Schedules.dailyAt(properties.weeklyAt(), calendar, this::isFirstWorkingDayOfWeek);
    }

    boolean isFirstWorkingDayOfWeek(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return false;
        }
        for (LocalDate d = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); d.isBefore(day);
             d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void run(Instant scheduledFor) {
        LocalDate day = calendar.dateOf(scheduledFor);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Person manager : people.withRole(Role.MANAGER)) {
            String id = "weekly:" + monday + ":" + manager.id();
            try {
                mongo.insert(new Delivery(id, scheduledFor));
            } catch (DuplicateKeyException already) {
                continue;
            }
            try {
                Report report = reports.build(reports.request(monday.minusWeeks(1), monday.minusDays(1),
                        scheduledFor, manager.lang()));
                for (Outgoing message : messages.messages(report, "report.weekly")) {
                    api.send(manager.chatId(), message);
                }
            } catch (com.houqin.telegram.BotApiException e) {
                if (!e.isRefusal()) {
                    mongo.remove(Query.query(Criteria.where("_id").is(id)), Delivery.class);
                    throw e;
                }
                log.warn("Telegram refused the weekly report to {} ({}); not trying again", manager.id(),
                        e.getMessage());
            } catch (RuntimeException e) {
                log.warn("Weekly report to {} failed ({}); giving the claim back", manager.id(), e.getMessage());
                mongo.remove(Query.query(Criteria.where("_id").is(id)), Delivery.class);
                throw e;
            }
        }
    }
}
