package com.houqin.meal;

/**
 * One of a person's meals as it stands: eating or not (their answer, or else their standing
 * registration), guests, and whether it can still be changed.
 */
record MyMeal(Slot slot, boolean eating, int guests, String guestNote, boolean standing, boolean answered,
              boolean open) {

    boolean counts() {
        return eating || guests > 0;
    }
}
