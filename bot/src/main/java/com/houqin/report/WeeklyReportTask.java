package com.houqin.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.scheduler.BusinessCalendar;
import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.scheduler.Schedules;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.BotApiException;
import com.houqin.telegram.Outgoing;

/**
 * Last week's report to every manager on the first working day of the week at
 * {@code houqin.report.weekly-at}. The runner claims the run once across instances and catches it
 * up after downtime. The pictures are made at send time (the outbox carries texts, not files), so
 * each manager's delivery is recorded in {@code report_deliveries} with how many of its messages
 * went out: a repeated run skips whom it already served, and one that failed half-way (Telegram
 * down) goes on from the next message when the runner tries the window again. A crash can repeat
 * at most the message in flight, as with the outbox.
 */
@Component
class WeeklyReportTask implements ScheduledTask {

    private static final Logger log = LoggerFactory.getLogger(WeeklyReportTask.class);

    @Document("report_deliveries")
    record Delivery(@Id String id, Instant at, int sent, boolean done) {
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
        RuntimeException failed = null;
        for (Person manager : people.withRole(Role.MANAGER)) {
            try {
                deliver(manager, monday, scheduledFor);
            } catch (RuntimeException e) {
                log.warn("Weekly report to {} not finished ({}); the run will be tried again", manager.id(),
                        e.getMessage());
                failed = failed == null ? e : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Sends one manager the report, going on after the messages already delivered for this week;
     * nothing once it is done. Telegram refusing (blocked, a bad request) ends it: trying again would not help.
     */
    private void deliver(Person manager, LocalDate monday, Instant scheduledFor) {
        String id = "weekly:" + monday + ":" + manager.id();
        Delivery delivery = mongo.findById(id, Delivery.class);
        if (delivery == null) {
            try {
                delivery = mongo.insert(new Delivery(id, scheduledFor, 0, false));
            } catch (DuplicateKeyException raced) {
                delivery = mongo.findById(id, Delivery.class);
            }
        }
        if (delivery == null || delivery.done()) {
            return;
        }
        Report report = reports.build(reports.request(monday.minusWeeks(1), monday.minusDays(1), scheduledFor,
                manager.lang()));
        List<Outgoing> all = messages.messages(report, "report.weekly");
        Query byId = Query.query(Criteria.where("_id").is(id));
        try {
            for (int i = delivery.sent(); i < all.size(); i++) {
                api.send(manager.chatId(), all.get(i));
                mongo.updateFirst(byId, new Update().set("sent", i + 1), Delivery.class);
            }
        } catch (BotApiException e) {
            if (!e.isRefusal() && !e.isForbidden()) {
                throw e;
            }
            log.warn("Telegram refused the weekly report to {} ({}); not trying again", manager.id(), e.getMessage());
        }
        mongo.updateFirst(byId, new Update().set("done", true), Delivery.class);
    }
}
