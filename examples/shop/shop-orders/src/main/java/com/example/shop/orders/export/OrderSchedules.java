package com.example.shop.orders.export;

/** Schedules of the order jobs, in one place so that operations can see them at a glance. */
public final class OrderSchedules {

    /** 02:30 every night, after the payment provider's settlement file has been imported. */
    public static final String NIGHTLY_EXPORT_CRON = "0 30 2 * * *";

    private OrderSchedules() {
    }
}
