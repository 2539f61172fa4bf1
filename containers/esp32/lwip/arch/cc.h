/* lwIP's port to Linux for esp32-lwip.c: the C library's types, errno, random numbers and abort. */
#ifndef ESP32_ARCH_CC_H
#define ESP32_ARCH_CC_H

#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

#define LWIP_ERRNO_STDINCLUDE           1
/* htons() and the like come from the C library (esp32-lwip.c uses the sockets API too) */
#define LWIP_DONT_PROVIDE_BYTEORDER_FUNCTIONS 1
#define LWIP_TIMEVAL_PRIVATE            0
#include <sys/time.h>

unsigned int esp32_random(void);
void esp32_diagnostic(const char *format, ...);
#define LWIP_RAND()                     ((u32_t)esp32_random())

/* to standard error: standard output carries the events */
#define LWIP_PLATFORM_DIAG(x)           do { esp32_diagnostic x; } while (0)
#define LWIP_PLATFORM_ASSERT(x)         do { fprintf(stderr, "lwIP assertion \"%s\" failed at %s:%d\n", \
                                             x, __FILE__, __LINE__); fflush(NULL); abort(); } while (0)

#endif
