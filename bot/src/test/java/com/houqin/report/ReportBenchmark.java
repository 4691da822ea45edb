package com.houqin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.car.Booking;
import com.houqin.car.BookingStatus;
import com.houqin.car.CarDay;
import com.houqin.car.Trip;
import com.houqin.car.TripStatus;
import com.houqin.i18n.Language;
import com.houqin.testing.BotIntegrationTest;

/**
 * Last month's report on a store holding a year of a 500-person workplace: about 25,000 tickets,
 * 250,000 meal registrations (with a tally per meal) and 10,000 trips. Prints how long the numbers
 * took and how long the whole report (drawn, and the spreadsheet written); the target is under 5 s.
 * Not part of the build (filling the store takes a while):
 * {@code ./mvnw -B -pl bot -am test -Dtest=ReportBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportBenchmark extends BotIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.parse("2025-12-01");
    private static final LocalDate LAST = LocalDate.parse("2026-11-30");
    private static final int PEOPLE = 500;
    private static final String[] CATEGORIES = {"LIGHTING", "PLUMBING", "ELECTRICAL", "HVAC", "DOORS_WINDOWS_FURNITURE",
            "OTHER"};
    private static final String[] MEALS = {"breakfast", "lunch", "dinner"};

    @Autowired
    Reports reports;

    private final Random random = new Random(14);

    private static Instant at(LocalDate day, int minuteOfDay) {
        return LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT).plusMinutes(minuteOfDay).atZone(SHANGHAI).toInstant();
    }

    private static boolean working(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Test
    void lastMonthOnAYearOfAFiveHundredPersonWorkplace() {
        long fillStart = System.nanoTime();
        List<LocalDate> days = FIRST.datesUntil(LAST.plusDays(1)).filter(ReportBenchmark::working).toList();
        int tickets = fillTickets(days);
        int registrations = fillMeals(days);
        int trips = fillCars(days);
        print("filled %d tickets, %d registrations (and %d tallies), %d trips on %d working days in %.1f s",
                tickets, registrations, days.size() * MEALS.length, trips, days.size(),
                (System.nanoTime() - fillStart) / 1e9);

        clock.set(at(LocalDate.parse("2026-12-01"), 9 * 60));
        for (int round = 1; round <= 3; round++) {
            ReportRequest request = reports.request(ReportPeriod.LAST_MONTH, Language.ZH_HANS);
            long start = System.nanoTime();
            List<ReportSection> sections = reports.sections(request);
            long numbers = System.nanoTime();
            Report report = reports.build(request);
            long end = System.nanoTime();
            int rows = report.spreadsheet().sheets().stream().mapToInt(s -> s.rows().size()).sum();
            print("round %d: last month's numbers in %d ms; the whole report (numbers again, %d charts drawn, %d rows"
                    + " written, %d KB of xlsx) in %d ms", round, (numbers - start) / 1_000_000, report.pictures().size(),
                    rows, report.spreadsheet().xlsx().length / 1024, (end - numbers) / 1_000_000);
            assertThat(sections).isNotEmpty();
            assertThat((end - numbers) / 1e9).as("seconds for the whole report").isLessThan(5.0);
        }
    }

    private int fillTickets(List<LocalDate> days) {
        List<Document> batch = new ArrayList<>();
        long number = 1000;
        int perDay = 25_000 / days.size() + 1;
        for (LocalDate d : days) {
            for (int i = 0; i < perDay; i++) {
                boolean urgent = random.nextInt(10) == 0;
                Instant created = at(d, 8 * 60 + random.nextInt(9 * 60));
                Instant accepted = created.plusSeconds(60L * (urgent ? 2 + random.nextInt(15) : 10 + random.nextInt(120)));
                Instant done = accepted.plusSeconds(60L * (30 + random.nextInt(random.nextInt(8) == 0 ? 3000 : 400)));
                int technician = random.nextInt(20);
                Document t = new Document("_id", number++).append("reporterId", 1_000L + random.nextInt(PEOPLE))
                        .append("reporterName", "员工" + random.nextInt(PEOPLE)).append("department", "部门" + random.nextInt(12))
                        .append("category", CATEGORIES[random.nextInt(CATEGORIES.length)])
                        .append("location", "楼" + random.nextInt(8) + " " + random.nextInt(500))
                        .append("description", "坏了").append("photos", List.of()).append("urgent", urgent)
                        .append("technicianId", 5_000L + technician).append("technicianName", "师傅" + technician)
                        .append("createdAt", Date.from(created)).append("responseDueAt", Date.from(created.plusSeconds(1800)))
                        .append("dueAt", Date.from(at(d, 18 * 60))).append("acceptedAt", Date.from(accepted))
                        .append("round", 1).append("escalations", List.of()).append("changedBy", List.of())
                        .append("notices", List.of());
                boolean open = d.isAfter(LAST.minusDays(5)) && random.nextInt(3) == 0;
                if (open) {
                    t.append("status", "ACCEPTED");
                } else {
                    t.append("status", "CLOSED").append("doneAt", Date.from(done)).append("closedAt", Date.from(done.plusSeconds(3600)));
                }
                if (random.nextInt(12) == 0) {
                    t.append("promise", new Document("reason", "等零件").append("promisedAt", Date.from(at(d.plusDays(1), 12 * 60)))
                            .append("madeAt", Date.from(at(d, 17 * 60))).append("round", 1).append("seq", 1));
                }
                batch.add(t);
                if (batch.size() == 5_000) {
                    mongo.getCollection("repair_tickets").insertMany(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("repair_tickets").insertMany(batch);
        }
        return (int) (number - 1000);
    }

    private int fillMeals(List<LocalDate> days) {
        List<Document> batch = new ArrayList<>();
        int count = 0;
        int perDay = 250_000 / days.size() + 1;
        for (LocalDate d : days) {
            int[] perMeal = new int[MEALS.length];
            for (int i = 0; i < perDay; i++) {
                int meal = i % 10 < 1 ? 0 : i % 10 < 8 ? 1 : 2;
                long person = 1_000L + (i * 7L) % PEOPLE;
                perMeal[meal]++;
                batch.add(new Document("_id", person + ":" + d + ":" + MEALS[meal] + ":" + i).append("personId", person)
                        .append("date", d.toString()).append("meal", MEALS[meal]).append("eating", true).append("guests", 0)
                        .append("source", "SELF").append("late", false).append("updatedAt", Date.from(at(d, 7 * 60)))
                        .append("notices", List.of()));
                count++;
                if (batch.size() == 10_000) {
                    mongo.getCollection("meal_registrations").insertMany(batch);
                    batch.clear();
                }
            }
            for (int m = 0; m < MEALS.length; m++) {
                int guests = random.nextInt(6);
                mongo.getCollection("meal_tallies").insertOne(new Document("_id", d + ":" + MEALS[m])
                        .append("date", d.toString()).append("meal", MEALS[m]).append("finalPeople", perMeal[m])
                        .append("finalGuests", guests).append("closedAt", Date.from(at(d, 10 * 60)))
                        .append("served", Math.max(0, perMeal[m] + guests - random.nextInt(30)))
                        .append("registeredWhenServed", perMeal[m] + guests));
            }
        }
        if (!batch.isEmpty()) {
            mongo.getCollection("meal_registrations").insertMany(batch);
        }
        return count;
    }

    private int fillCars(List<LocalDate> days) {
        int count = 0;
        int perDay = 10_000 / days.size() + 1;
        List<CarDay> all = new ArrayList<>();
        for (LocalDate d : days) {
            List<Booking> bookings = new ArrayList<>();
            List<Trip> trips = new ArrayList<>();
            int no = 1;
            for (int t = 1; t <= perDay; t++) {
                Instant departure = at(d, 8 * 60 + random.nextInt(8 * 60));
                int riders = random.nextInt(5) == 0 ? 2 : 1;
                for (int r = 0; r < riders; r++) {
                    bookings.add(new Booking(no, 1_000L + random.nextInt(PEOPLE), "员工", "部门" + random.nextInt(12),
                            departure, departure.plusSeconds(3 * 3600), "目的地" + random.nextInt(30), null,
                            1 + random.nextInt(3), "开会", BookingStatus.APPROVED, t, null, "调度", departure, d + ":" + no));
                    no++;
                }
                trips.add(new Trip(t, departure, departure.plusSeconds(3 * 3600), TripStatus.DONE, "沪A-" + (10_000 + t),
                        7_000L + t % 10, "司机" + t % 10, "调度", null, List.of(), 20_000 + t * 30, departure.plusSeconds(3 * 3600)));
                count++;
            }
            if (random.nextInt(3) == 0) {
                bookings.add(new Booking(no, 1_001L, "员工", "部门1", at(d, 9 * 60), at(d, 12 * 60), "机场", null, 1, "出差",
                        BookingStatus.REJECTED, 0, "没有车", "调度", at(d, 8 * 60), d + ":" + no));
            }
            all.add(new CarDay(d.toString(), 1, bookings, trips, List.of()));
        }
        mongo.insertAll(all);
        return count;
    }

    private static void print(String format, Object... args) {
        System.out.printf("[report benchmark] " + format + "%n", args);
    }
}
