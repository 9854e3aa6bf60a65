/**
 * systemd's notify protocol for {@code stapwijs.service} ({@code Type=notify}): READY=1 once
 * Spring declares the application ready, WATCHDOG=1 only while the readiness URL answers,
 * STOPPING=1 on shutdown. Without {@code NOTIFY_SOCKET} (a developer's laptop, the tests)
 * it sends nothing and starts no watchdog.
 */
package nl.stapwijs.base.systemd;
