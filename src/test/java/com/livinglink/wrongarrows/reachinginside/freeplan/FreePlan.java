package com.livinglink.wrongarrows.reachinginside.freeplan;

import com.livinglink.wrongarrows.reachinginside.order.web.OrderData;

/** The wrong arrow: the free plan module reaches into the order module's {@code web} sub-package. */
public class FreePlan {

    OrderData shown;
}
