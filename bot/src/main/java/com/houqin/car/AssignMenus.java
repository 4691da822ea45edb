package com.houqin.car;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.people.Person;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * The dispatcher's choices when assigning: the cars free for the whole trip with a seat for
 * everyone (with a one-tap suggestion of car and driver), then the drivers free then.
 */
@Component
class AssignMenus {

    static final String VEHICLE = "car.vehicle";
    static final String DRIVER = "car.driver";

    private final Dispatch dispatch;
    private final CarFormats f;

    AssignMenus(Dispatch dispatch, CarFormats f) {
        this.dispatch = dispatch;
        this.f = f;
    }

    Outgoing vehicles(Incoming in, CarDay day, Trip trip) {
        String header = header(in, day, trip);
        List<Vehicle> vehicles = dispatch.freeVehicles(day, trip);
        if (vehicles.isEmpty()) {
            return withWayOut(in, day, trip, header + "\n\n" + in.t("car.no-free-vehicle", day.people(trip.no())));
        }
        List<Person> drivers = dispatch.freeDrivers(day, trip);
        if (drivers.isEmpty()) {
            return withWayOut(in, day, trip, header + "\n\n" + in.t("car.no-free-driver"));
        }
        Outgoing.Builder menu = Outgoing.builder(header + "\n\n" + in.t("car.choose-vehicle"));
        Vehicle best = vehicles.get(0);
        Person bestDriver = drivers.get(0);
        menu.row(in.button(in.t("car.button.quick", best.plate(), bestDriver.displayName()), DRIVER,
                "date", day.date(), "trip", String.valueOf(trip.no()), "plate", best.plate(),
                "driver", String.valueOf(bestDriver.id())));
        List<Button> choices = new ArrayList<>();
        for (Vehicle v : vehicles) {
            choices.add(in.button(in.t("car.button.vehicle", v.plate(), f.kind(in.language(), v.kind()), v.seats()),
                    VEHICLE, "date", day.date(), "trip", String.valueOf(trip.no()), "plate", v.plate()));
        }
        return menu.grid(choices, 2).build();
    }

    Outgoing drivers(Incoming in, CarDay day, Trip trip, Vehicle vehicle) {
        String header = header(in, day, trip) + "\n" + in.t("car.chosen-vehicle", f.vehicle(in.language(), vehicle));
        List<Person> drivers = dispatch.freeDrivers(day, trip);
        if (drivers.isEmpty()) {
            return withWayOut(in, day, trip, header + "\n\n" + in.t("car.no-free-driver"));
        }
        List<Button> choices = new ArrayList<>();
        for (Person d : drivers) {
            choices.add(in.button("👤 " + d.displayName(), DRIVER, "date", day.date(), "trip",
                    String.valueOf(trip.no()), "plate", vehicle.plate(), "driver", String.valueOf(d.id())));
        }
        return Outgoing.builder(header + "\n\n" + in.t("car.choose-driver")).grid(choices, 2)
                .row(in.button(in.t("car.button.other-car"), TripCards.ASSIGN, "date", day.date(), "trip",
                        String.valueOf(trip.no()), "back", "1"))
                .build();
    }

    /** When nothing is free, the two ways on: another time, or declining. */
    private static Outgoing withWayOut(Incoming in, CarDay day, Trip trip, String text) {
        return Outgoing.builder(text).row(TripCards.retimeButton(in, day.date(), trip),
                in.button(in.t("car.button.reject"), TripCards.REJECT, "date", day.date(), "trip",
                        String.valueOf(trip.no()))).build();
    }

    private String header(Incoming in, CarDay day, Trip trip) {
        List<Booking> riders = day.riders(trip.no());
        return in.t("car.assign-header", String.valueOf(trip.no()), f.date(day, in.language()),
                f.time(trip.departure()), f.time(trip.returnBy()), day.people(trip.no()), f.destinations(riders));
    }
}
