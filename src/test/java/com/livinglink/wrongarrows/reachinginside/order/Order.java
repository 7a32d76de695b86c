package com.livinglink.wrongarrows.reachinginside.order;

/** The order module's exposed type. */
public class Order {
}
