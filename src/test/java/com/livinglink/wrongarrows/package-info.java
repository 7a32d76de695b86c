/**
 * Module maps with one wrong arrow each, kept to prove that the Spring Modulith verification of
 * {@code ModularityTests} fails on one: each sub-package is the root of a small application whose sub-packages
 * are its modules. Outside the gateway's packages, so that no scan of the gateway ever meets them.
 */
package com.livinglink.wrongarrows;
