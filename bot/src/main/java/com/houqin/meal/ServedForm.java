package com.houqin.meal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;

/** After service, a cook enters how many were served; the difference to the registrations is the waste. */
@Component
class ServedForm extends MealDayForm {

    static final String NAME = "meal-served";
    private static final int MAX_SERVED = 100_000;

    private final Headcounts headcounts;
    private final MealTallies tallies;

    ServedForm(MealCalendar calendar, Headcounts headcounts, MealTallies tallies, MealTexts texts) {
        super(NAME, MealButtons.COOKS, "/headcount", calendar, texts);
        this.headcounts = headcounts;
        this.tallies = tallies;
    }

    /** The meals of the day past their cut-off (served, or being served). */
    @Override
    List<Slot> choices(LocalDate date) {
        return calendar.slotsOn(date).stream().filter(s -> !calendar.isOpen(s)).toList();
    }

    @Override
    public List<Step> steps() {
        return List.of(
                whichMeal("meal.served.which"),
                Question.ask("count")
                        .prompt((in, d) -> in.t("meal.served.how-many", mealName(in, d), day(in, d),
                                registered(d)))
                        .choices((in, d) -> near(registered(d)).stream()
                                .map(n -> new Choice(String.valueOf(n), String.valueOf(n))).toList())
                        .perRow(7)
                        .text((in, d, text) -> NumberInput.count(text, MAX_SERVED, "meal.served.too-many"))
                        .build());
    }

    @Override
    public void complete(Incoming in, FormData d) {
        Slot slot = slot(d).orElseThrow();
        int served = d.getInt("count", 0);
        int registered = headcounts.count(slot).total();
        tallies.recordServed(slot, served, registered, in.approvedPerson().id());
        in.say("meal.served.saved", mealName(in, d), day(in, d), served, registered, registered - served);
    }

    /** Buttons around the registered count (a few more or fewer served is usual); other numbers are typed. */
    static List<Integer> near(int registered) {
        int step = Math.max(1, registered / 20);
        return java.util.stream.IntStream.of(-4 * step, -2 * step, -1, 0, 1, 2 * step, 4 * step)
                .map(o -> registered + o).filter(n -> n >= 0 && n <= MAX_SERVED).distinct().boxed().toList();
    }

    private int registered(FormData d) {
        return headcounts.count(slot(d).orElseThrow()).total();
    }
}
