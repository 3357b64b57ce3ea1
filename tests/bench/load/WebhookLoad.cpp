// leadrelay_webhook_load: a small HTTP/1.1 client that measures the webhook's latency.
//
//   leadrelay_webhook_load --port N [--host 127.0.0.1] [--requests 10000] [--token T] [--warmup 200]
//
// Sends POST /v1/submissions over one keep-alive loopback connection (reconnecting only when the
// server closes it) and times each request from the first byte sent to the last byte of the
// committed 202 answer. Prints p50/p90/p99/p99.9/max in milliseconds. Plain POSIX sockets, so the
// client adds no event loop of its own to the figures. Loopback only, bounded in count and time.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Options
{
    std::string host = "127.0.0.1";
    int port = 0;
    int requests = 10000;
    int warmup = 200;
    std::string token;
};

int connectTo(const Options &o)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(o.port));
    if (::inet_pton(AF_INET, o.host.c_str(), &addr.sin_addr) != 1) {
        ::close(fd);
        return -1;
    }
    const in_addr_t a = ntohl(addr.sin_addr.s_addr);
    if ((a >> 24) != 127) { // loopback only: this is a load generator
        std::fprintf(stderr, "refusing to load a non-loopback address\n");
        std::exit(2);
    }
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    timeval timeout{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    return fd;
}

std::string body(int i)
{
    static const char *first[] = {"anna", "JAN", "Łukasz", "иван", "Jörg", "Maria", "John", "Γιώργος"};
    static const char *last[] = {"nowak", "KOWALSKI", "Wiśniewski", "петров", "Müller", "Georgieva", "Smith"};
    // One in twenty repeats an earlier person (a merge), the rest are new people at 500 companies.
    const int person = (i % 20 == 19) ? i / 2 : i;
    return "{\"email\":\"lead" + std::to_string(person) + "@firma" + std::to_string(person % 500) +
           ".de\",\"first_name\":\"" + first[person % 8] + "\",\"last_name\":\"" + last[person % 7] +
           "\",\"phone\":\"+49 30 " + std::to_string(1000000 + person) +
           "\",\"country\":\"DE\",\"utm_source\":\"load\",\"form_id\":\"load-test\",\"question\":\"50-200\"}";
}

/// Reads one HTTP response; returns the status code, 0 on a closed connection, -1 on error.
int readResponse(int fd, std::string &buffer, bool &serverCloses)
{
    buffer.clear();
    char chunk[8192];
    size_t headerEnd = std::string::npos;
    size_t need = 0;
    while (true) {
        if (headerEnd == std::string::npos) {
            headerEnd = buffer.find("\r\n\r\n");
            if (headerEnd != std::string::npos) {
                std::string lower = buffer.substr(0, headerEnd);
                std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
                const size_t cl = lower.find("content-length:");
                need =
                    headerEnd + 4 + (cl == std::string::npos ? 0 : std::strtoul(lower.c_str() + cl + 15, nullptr, 10));
                serverCloses = lower.find("connection: close") != std::string::npos;
            }
        }
        if (headerEnd != std::string::npos && buffer.size() >= need)
            break;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n == 0)
            return buffer.empty() ? 0 : -1;
        if (n < 0)
            return -1;
        buffer.append(chunk, static_cast<size_t>(n));
    }
    if (buffer.compare(0, 9, "HTTP/1.1 ") != 0 && buffer.compare(0, 9, "HTTP/1.0 ") != 0)
        return -1;
    return std::atoi(buffer.c_str() + 9);
}

bool sendAll(int fd, const std::string &data)
{
    size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += static_cast<size_t>(n);
    }
    return true;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t index =
        std::min(sorted.size() - 1, static_cast<size_t>(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[index];
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--host")
            o.host = value;
        else if (name == "--port")
            o.port = std::atoi(value.c_str());
        else if (name == "--requests")
            o.requests = std::clamp(std::atoi(value.c_str()), 1, 1000000);
        else if (name == "--warmup")
            o.warmup = std::clamp(std::atoi(value.c_str()), 0, 100000);
        else if (name == "--token")
            o.token = value;
        else {
            std::fprintf(stderr, "unknown option %s\n", name.c_str());
            return 2;
        }
    }
    if (o.port <= 0) {
        std::fprintf(stderr, "usage: %s --port N [--host 127.0.0.1] [--requests 10000] [--token T]\n", argv[0]);
        return 2;
    }

    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::minutes(5);
    std::vector<double> ms;
    ms.reserve(static_cast<size_t>(o.requests));
    int fd = -1;
    int reconnects = 0;
    int errors = 0;
    std::string response;
    const int total = o.warmup + o.requests;
    for (int i = 0; i < total && Clock::now() < deadline; ++i) {
        const std::string payload = body(i);
        std::string request = "POST /v1/submissions HTTP/1.1\r\nHost: " + o.host + ":" + std::to_string(o.port) +
                              "\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n";
        if (!o.token.empty())
            request += "Authorization: Bearer " + o.token + "\r\n";
        request += "Content-Length: " + std::to_string(payload.size()) + "\r\n\r\n" + payload;

        const auto start = Clock::now();
        if (fd < 0) {
            fd = connectTo(o);
            if (fd < 0) {
                std::fprintf(stderr, "cannot connect to %s:%d\n", o.host.c_str(), o.port);
                return 1;
            }
            if (i > 0)
                ++reconnects;
        }
        bool serverCloses = false;
        int status = sendAll(fd, request) ? readResponse(fd, response, serverCloses) : -1;
        if (status <= 0 && i > 0) { // the server closed an idle keep-alive connection: retry once
            ::close(fd);
            fd = connectTo(o);
            ++reconnects;
            status = fd >= 0 && sendAll(fd, request) ? readResponse(fd, response, serverCloses) : -1;
        }
        const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (status != 202) {
            ++errors;
            if (errors <= 3)
                std::fprintf(stderr, "request %d: status %d\n%.300s\n", i, status, response.c_str());
        }
        if (i >= o.warmup)
            ms.push_back(elapsed);
        if (serverCloses || status <= 0) {
            ::close(fd);
            fd = -1;
        }
    }
    if (fd >= 0)
        ::close(fd);

    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    double sum = 0;
    for (const double v : sorted)
        sum += v;
    std::printf("webhook: %zu POST /v1/submissions (after %d warm-up), %d errors, %d reconnects\n", sorted.size(),
                o.warmup, errors, reconnects);
    std::printf("webhook latency ms: p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f  mean %.3f\n",
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 99.9),
                sorted.empty() ? 0.0 : sorted.back(), sorted.empty() ? 0.0 : sum / static_cast<double>(sorted.size()));
    return errors == 0 ? 0 : 1;
}
