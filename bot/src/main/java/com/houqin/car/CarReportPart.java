package com.houqin.car;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.report.ReportChart;
import com.houqin.report.ReportChart.Kind;
import com.houqin.report.ReportChart.Series;
import com.houqin.report.ReportPart;
import com.houqin.report.ReportRequest;
import com.houqin.report.ReportSection;
import com.houqin.report.ReportSheet;
import com.houqin.scheduler.BusinessCalendar;

/**
 * Cars in the report: trips per day, how many of them were shared (and so the cars saved, one per
 * request that rode along) and the requests declined; the trips as a spreadsheet tab. One read of
 * the period's day documents by id.
 */
@Component
class CarReportPart implements ReportPart {

    private final CarDays days;
    private final CarFormats f;
    private final BusinessCalendar calendar;

    CarReportPart(CarDays days, CarFormats f, BusinessCalendar calendar) {
        this.days = days;
        this.f = f;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 30;
    }

    /** A trip that went out or will: neither cancelled nor folded into another. */
    static boolean counts(Trip t) {
        return t.status() != TripStatus.CANCELLED && t.status() != TripStatus.MERGED;
    }

    /** The requests a trip carries. */
    static List<Booking> carried(CarDay day, Trip t) {
        return day.bookings().stream().filter(b -> b.tripNo() == t.no() && b.status() == BookingStatus.APPROVED
                || b.tripNo() == t.no() && b.status() == BookingStatus.PENDING).toList();
    }

    @Override
    public ReportSection build(ReportRequest r) {
        Language l = r.language();
        Map<LocalDate, CarDay> byDate = days.between(r.first(), r.last()).stream()
                .collect(Collectors.toMap(CarDay::day, Function.identity()));
        List<String> labels = new ArrayList<>();
        List<Integer> trips = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        List<Integer> declined = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int requests = 0;
        int saved = 0;
        for (LocalDate d : r.days()) {
            CarDay day = byDate.get(d);
            if (day == null && !calendar.isWorkingDay(d)) {
                continue;
            }
            int dayTrips = 0;
            int dayShared = 0;
            int dayDeclined = 0;
            if (day != null) {
                for (Trip t : day.trips()) {
                    if (!counts(t)) {
                        continue;
                    }
                    List<Booking> riders = carried(day, t);
                    dayTrips++;
                    requests += riders.size();
                    if (riders.size() > 1) {
                        dayShared++;
                        saved += riders.size() - 1;
                    }
                    rows.add(row(d, t, riders));
                }
                dayDeclined = (int) day.bookings().stream().filter(b -> b.status() == BookingStatus.REJECTED).count();
            }
            labels.add(d.getMonthValue() + "-" + d.getDayOfMonth());
            trips.add(dayTrips);
            shared.add(dayShared);
            declined.add(dayDeclined);
        }
        int totalTrips = trips.stream().mapToInt(Integer::intValue).sum();
        int totalShared = shared.stream().mapToInt(Integer::intValue).sum();
        int totalDeclined = declined.stream().mapToInt(Integer::intValue).sum();
        ReportChart chart = new ReportChart("car-days", Kind.BARS, f.t(l, "report.car.days"), f.t(l, "report.count"),
                labels, List.of(Series.of(f.t(l, "report.car.trips"), trips),
                Series.of(f.t(l, "report.car.shared"), shared), Series.of(f.t(l, "report.car.declined"), declined)),
                List.of(f.t(l, "report.car.days"),
                        f.t(l, "report.car.days.caption", totalTrips, requests, totalShared, saved),
                        f.t(l, "report.car.days.declined", totalDeclined)));
        List<String> header = List.of("date", "trip", "departure", "return", "status", "vehicle", "driver", "requests",
                "passengers", "destinations", "departments", "odometer").stream()
                .map(k -> f.t(l, "report.car.col." + k)).toList();
        return new ReportSection(List.of(chart), List.of(new ReportSheet(f.t(l, "report.car.sheet"), header, rows)));
    }

    private List<Object> row(LocalDate d, Trip t, List<Booking> riders) {
        List<Object> row = new ArrayList<>();
        row.add(d);
        row.add(t.no());
        row.add(local(t.departure()));
        row.add(local(t.returnBy()));
        row.add(t.status().name().toLowerCase(Locale.ROOT));
        row.add(t.plate());
        row.add(t.driverName());
        row.add(riders.size());
        row.add(riders.stream().mapToInt(Booking::passengers).sum());
        row.add(f.destinations(riders));
        row.add(riders.stream().map(Booking::department).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(", ")));
        row.add(t.odometer());
        return row;
    }

    private LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, calendar.zone()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }
}
