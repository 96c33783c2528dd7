// The client side of the reference runtimes: starts the helper processes, moves requests and
// responses over a socket, and turns every failure (missing runtime, crash, hang, malformed
// reply) into an error result that says what happened and what to do.
#include "reference_runtime.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <sstream>
#include <thread>

extern char** environ;

namespace opbridge::testing {

// ---- tensors -------------------------------------------------------------------------

int64_t HostTensor::element_count() const {
    int64_t count = 1;
    for (int64_t dim : dims) count *= dim;
    return count;
}

const HostTensor* RunResult::output(std::string_view name) const {
    for (const HostTensor& tensor : outputs)
        if (tensor.name == name) return &tensor;
    return nullptr;
}

float float16_to_float(uint16_t bits) {
    const float sign = (bits & 0x8000) ? -1.0f : 1.0f;
    const int exponent = (bits >> 10) & 0x1f;
    const int mantissa = bits & 0x3ff;
    if (exponent == 0) return sign * std::ldexp(static_cast<float>(mantissa), -24);
    if (exponent == 31)
        return mantissa ? std::numeric_limits<float>::quiet_NaN()
                        : sign * std::numeric_limits<float>::infinity();
    return sign * std::ldexp(static_cast<float>(mantissa | 0x400), exponent - 25);
}

uint16_t float_to_float16(float value) {
    uint32_t bits = std::bit_cast<uint32_t>(value);
    const auto sign = static_cast<uint16_t>((bits >> 16) & 0x8000);
    bits &= 0x7fffffff;
    if (bits >= 0x7f800000) return sign | 0x7c00 | (bits > 0x7f800000 ? 0x200 : 0);  // inf, NaN
    if (bits >= 0x477ff000) return sign | 0x7c00;  // 65520 and up round to infinity
    if (bits < 0x38800000) {  // below the smallest normal half: subnormal or zero
        // Scaling by 2^24 is exact, and nearbyint rounds half to even in the default mode.
        const float scaled = std::bit_cast<float>(bits) * 16777216.0f;
        return sign | static_cast<uint16_t>(std::nearbyint(scaled));
    }
    uint32_t half = (((bits >> 23) - 112) << 10) | ((bits & 0x7fffff) >> 13);
    const uint32_t dropped = bits & 0x1fff;
    if (dropped > 0x1000 || (dropped == 0x1000 && (half & 1))) ++half;  // a carry moves into the exponent, as it should
    return sign | static_cast<uint16_t>(half);
}

float bfloat16_to_float(uint16_t bits) { return std::bit_cast<float>(static_cast<uint32_t>(bits) << 16); }

uint16_t float_to_bfloat16(float value) {
    const uint32_t bits = std::bit_cast<uint32_t>(value);
    if (std::isnan(value)) return static_cast<uint16_t>((bits >> 16) | 0x40);
    return static_cast<uint16_t>((bits + 0x7fff + ((bits >> 16) & 1)) >> 16);
}

namespace {

// Element i of a numeric tensor as a long double (exact for every integer type); complex
// tensors are seen as twice as many real numbers.
long double element_value(const HostTensor& tensor, std::size_t i) {
    auto load = [&]<class T>(T) {
        T value;
        std::memcpy(&value, tensor.data.data() + i * sizeof(T), sizeof(T));
        return value;
    };
    switch (tensor.dtype) {
        case DType::float32:
        case DType::complex64: return load(float{});
        case DType::float64:
        case DType::complex128: return load(double{});
        case DType::float16: return float16_to_float(load(uint16_t{}));
        case DType::bfloat16: return bfloat16_to_float(load(uint16_t{}));
        case DType::int8: return load(int8_t{});
        case DType::int16: return load(int16_t{});
        case DType::int32: return load(int32_t{});
        case DType::int64: return load(int64_t{});
        case DType::uint8:
        case DType::boolean: return load(uint8_t{});
        case DType::uint16: return load(uint16_t{});
        case DType::uint32: return load(uint32_t{});
        case DType::uint64: return load(uint64_t{});
        case DType::undefined:
        case DType::string: break;
    }
    throw std::logic_error("tensor '" + tensor.name + "' of " + dtype_name(tensor.dtype) + " has no numeric elements");
}

std::size_t scalar_count(const HostTensor& tensor) {
    const bool complex = tensor.dtype == DType::complex64 || tensor.dtype == DType::complex128;
    const std::size_t size = dtype_size(tensor.dtype);
    return size == 0 ? 0 : tensor.data.size() / size * (complex ? 2 : 1);
}

std::string dims_text(const std::vector<int64_t>& dims) {
    std::string text = "[";
    for (std::size_t i = 0; i < dims.size(); ++i) text += (i ? ", " : "") + std::to_string(dims[i]);
    return text + "]";
}

std::string number_text(double value) {
    std::ostringstream out;
    out.precision(7);
    out << value;
    return out.str();
}

}  // namespace

Comparison compare(const HostTensor& expected, const HostTensor& actual, Tolerance tolerance) {
    Comparison result;
    const std::string what = "'" + (expected.name.empty() ? actual.name : expected.name) + "'";
    if (expected.dtype != actual.dtype) {
        result.mismatch = what + ": expected " + dtype_name(expected.dtype) + ", got " + dtype_name(actual.dtype);
        return result;
    }
    if (expected.dims != actual.dims) {
        result.mismatch = what + ": expected dims " + dims_text(expected.dims) + ", got " + dims_text(actual.dims);
        return result;
    }
    if (expected.dtype == DType::string) {
        if (expected.strings.size() != actual.strings.size()) {
            result.mismatch = what + ": expected " + std::to_string(expected.strings.size()) + " strings, got " +
                              std::to_string(actual.strings.size());
            return result;
        }
        result.comparable = true;
        result.elements = static_cast<int64_t>(expected.strings.size());
        for (std::size_t i = 0; i < expected.strings.size(); ++i) {
            if (expected.strings[i] == actual.strings[i]) continue;
            if (result.elements_outside++ > 0) continue;
            result.worst_index = static_cast<int64_t>(i);
            result.worst_expected_string = expected.strings[i];
            result.worst_actual_string = actual.strings[i];
        }
        return result;
    }
    if (dtype_size(expected.dtype) == 0) {
        result.mismatch = what + ": " + dtype_name(expected.dtype) + " tensors cannot be compared";
        return result;
    }
    if (expected.data.size() != actual.data.size()) {
        result.mismatch = what + ": expected " + std::to_string(expected.data.size()) + " bytes of data, got " +
                          std::to_string(actual.data.size());
        return result;
    }
    result.comparable = true;
    const std::size_t count = scalar_count(expected);
    result.elements = static_cast<int64_t>(count);
    long double worst_excess = -std::numeric_limits<long double>::infinity();
    for (std::size_t i = 0; i < count; ++i) {
        const long double want = element_value(expected, i);
        const long double got = element_value(actual, i);
        long double difference = 0;
        long double allowed = 0;
        if (std::isnan(want) || std::isnan(got) || std::isinf(want) || std::isinf(got)) {
            const bool same = (std::isnan(want) && std::isnan(got)) || want == got;
            difference = same ? 0 : std::numeric_limits<long double>::infinity();
        } else {
            difference = std::fabs(got - want);
            allowed = tolerance.atol + tolerance.rtol * std::fabs(want);
            if (want != 0) result.max_rel = std::max(result.max_rel, static_cast<double>(difference / std::fabs(want)));
        }
        result.max_abs = std::max(result.max_abs, static_cast<double>(difference));
        if (difference > allowed) ++result.elements_outside;
        if (difference - allowed > worst_excess) {
            worst_excess = difference - allowed;
            result.worst_index = static_cast<int64_t>(i);
            result.worst_expected = static_cast<double>(want);
            result.worst_actual = static_cast<double>(got);
        }
    }
    return result;
}

std::string Comparison::summary() const {
    if (!comparable) return mismatch;
    if (!worst_expected_string.empty() || !worst_actual_string.empty())
        return std::to_string(elements_outside) + " of " + std::to_string(elements) +
               " strings differ; the first at flat index " + std::to_string(worst_index) + ": expected '" +
               worst_expected_string + "', got '" + worst_actual_string + "'";
    std::string text = std::to_string(elements_outside) + " of " + std::to_string(elements) +
                       " elements outside tolerance (max abs " + number_text(max_abs) + ", max rel " +
                       number_text(max_rel) + ")";
    if (worst_index >= 0 && elements_outside > 0)
        text += "; worst at flat index " + std::to_string(worst_index) + ": expected " +
                number_text(worst_expected) + ", got " + number_text(worst_actual);
    return text;
}

HostTensor dequantized(const HostTensor& tensor) {
    if (tensor.dtype == DType::float32) return tensor;
    if (dtype_size(tensor.dtype) == 0 || tensor.dtype == DType::complex64 || tensor.dtype == DType::complex128)
        throw std::invalid_argument("tensor '" + tensor.name + "' of " + dtype_name(tensor.dtype) +
                                    " has no real values to dequantize");
    std::vector<float> values(tensor.data.size() / dtype_size(tensor.dtype));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const long double value = element_value(tensor, i);
        values[i] = tensor.quantization
                        ? static_cast<float>(tensor.quantization->scale * (value - tensor.quantization->zero_point))
                        : static_cast<float>(value);
    }
    return make_tensor(tensor.name, tensor.dims, values);
}

// ---- seeded inputs -------------------------------------------------------------------

namespace {

// SplitMix64: tiny, fast, and the same on every platform, unlike <random>'s distributions.
class SplitMix64 {
public:
    explicit SplitMix64(uint64_t seed) : state_(seed) {}
    uint64_t next() {
        uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)

private:
    uint64_t state_;
};

}  // namespace

std::vector<HostTensor> seeded_inputs(const std::vector<TensorDescription>& inputs, uint64_t seed,
                                      const SeedOptions& options) {
    std::vector<HostTensor> tensors;
    for (std::size_t position = 0; position < inputs.size(); ++position) {
        const TensorDescription& input = inputs[position];
        HostTensor tensor;
        tensor.name = input.name;
        tensor.dtype = input.dtype;
        tensor.dims = input.dims;
        tensor.quantization = input.quantization;
        for (int64_t& dim : tensor.dims)
            if (dim < 0) dim = options.unfixed_dim;
        SplitMix64 random(SplitMix64(seed).next() ^ SplitMix64(position + 1).next());
        const auto count = static_cast<std::size_t>(tensor.element_count());
        auto real = [&] { return options.float_low + random.unit() * (options.float_high - options.float_low); };
        auto integer = [&] {
            const auto span = static_cast<uint64_t>(std::max<int64_t>(1, options.int_high - options.int_low));
            return options.int_low + static_cast<int64_t>(random.next() % span);
        };
        auto fill = [&]<class T>(std::size_t scalars, auto generate) {
            tensor.data.resize(scalars * sizeof(T));
            for (std::size_t i = 0; i < scalars; ++i) {
                const T value = static_cast<T>(generate());
                std::memcpy(tensor.data.data() + i * sizeof(T), &value, sizeof(T));
            }
        };
        switch (input.dtype) {
            case DType::float32: fill.operator()<float>(count, real); break;
            case DType::float64: fill.operator()<double>(count, real); break;
            case DType::complex64: fill.operator()<float>(2 * count, real); break;
            case DType::complex128: fill.operator()<double>(2 * count, real); break;
            case DType::float16: fill.operator()<uint16_t>(count, [&] { return float_to_float16(static_cast<float>(real())); }); break;
            case DType::bfloat16: fill.operator()<uint16_t>(count, [&] { return float_to_bfloat16(static_cast<float>(real())); }); break;
            case DType::int8: fill.operator()<int8_t>(count, integer); break;
            case DType::int16: fill.operator()<int16_t>(count, integer); break;
            case DType::int32: fill.operator()<int32_t>(count, integer); break;
            case DType::int64: fill.operator()<int64_t>(count, integer); break;
            case DType::uint8: fill.operator()<uint8_t>(count, integer); break;
            case DType::uint16: fill.operator()<uint16_t>(count, integer); break;
            case DType::uint32: fill.operator()<uint32_t>(count, integer); break;
            case DType::uint64: fill.operator()<uint64_t>(count, integer); break;
            case DType::boolean: fill.operator()<uint8_t>(count, [&] { return random.next() & 1; }); break;
            case DType::string:
                for (std::size_t i = 0; i < count; ++i) tensor.strings.push_back("s" + std::to_string(integer()));
                break;
            case DType::undefined:
            default:
                throw std::invalid_argument("seeded_inputs: input '" + input.name + "' is " + dtype_name(input.dtype) +
                                            ", which cannot be filled; give this input by hand");
        }
        tensors.push_back(std::move(tensor));
    }
    return tensors;
}

// ---- the helper process --------------------------------------------------------------

namespace {

// A result of type Result that failed for `message`.
template <class Result>
Result failure(std::string message) {
    Result result;
    result.error = std::move(message);
    return result;
}

using Clock = std::chrono::steady_clock;

std::string environment_or(const char* variable, std::string fallback) {
    const char* value = std::getenv(variable);
    return value && *value ? value : std::move(fallback);
}

std::string seconds_text(std::chrono::milliseconds duration) {
    return number_text(std::chrono::duration<double>(duration).count()) + " s";
}

}  // namespace

class ReferenceRuntime::Process {
public:
    Process(Launch launch, RuntimeOptions options) : launch_(std::move(launch)), options_(options) {}
    ~Process() { stop(); }

    struct Reply {
        bool ok = false;
        std::string error;             // when !ok: the process failed; it has been stopped
        std::vector<std::byte> body;   // when ok
        std::string log;               // what the process wrote to stderr during the request
    };

    StartResult start() {
        if (pid_ > 0) return started_;
        if (!started_.error.empty()) return started_;  // a runtime that cannot start is not retried
        started_ = launch();
        return started_;
    }

    // Sends one request and waits for its response. `what` says, for messages, what the
    // request was doing ("running model.onnx").
    Reply exchange(const std::vector<std::byte>& request, const std::string& what) {
        if (StartResult started = start(); !started.ok) return failure<Reply>(started.error);
        return exchange_with_running_process(request, what);
    }

    int starts() const { return starts_; }
    int id() const { return pid_; }
    const std::string& runtime_name() const { return launch_.runtime_name; }

private:
    enum class Io { done, timed_out, closed };
    static constexpr std::string_view starting = "starting";

    StartResult launch() {
        if (launch_.argv.empty() || launch_.argv[0].empty())
            return failure<StartResult>(launch_.runtime_name + " is not configured: " + launch_.setup_hint);
        int sockets[2];
        int log_pipe[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
            return failure<StartResult>("could not start " + launch_.runtime_name + ": socketpair: " + std::strerror(errno));
        if (pipe2(log_pipe, O_CLOEXEC) != 0) {
            close(sockets[0]);
            close(sockets[1]);
            return failure<StartResult>("could not start " + launch_.runtime_name + ": pipe: " + std::strerror(errno));
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, sockets[1], STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, sockets[1], STDOUT_FILENO);
        posix_spawn_file_actions_adddup2(&actions, log_pipe[1], STDERR_FILENO);
        std::vector<char*> argv;
        for (std::string& argument : launch_.argv) argv.push_back(argument.data());
        argv.push_back(nullptr);
        const bool search_path = launch_.argv[0].find('/') == std::string::npos;
        pid_t pid = 0;
        const int spawn_error = search_path ? posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ)
                                            : posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(sockets[1]);
        close(log_pipe[1]);
        if (spawn_error != 0) {
            close(sockets[0]);
            close(log_pipe[0]);
            return failure<StartResult>("could not start " + launch_.runtime_name + " (" + launch_.argv[0] +
                             "): " + std::strerror(spawn_error) + ". " + launch_.setup_hint);
        }
        pid_ = pid;
        socket_ = sockets[0];
        log_fd_ = log_pipe[0];
        fcntl(socket_, F_SETFL, fcntl(socket_, F_GETFL) | O_NONBLOCK);
        fcntl(log_fd_, F_SETFL, fcntl(log_fd_, F_GETFL) | O_NONBLOCK);
        ++starts_;

        wire::Writer hello;
        hello.u8(static_cast<uint8_t>(wire::Operation::hello));
        Reply reply = exchange_with_running_process(hello.body(), starting);
        if (!reply.ok) return failure<StartResult>(reply.error + "\n" + launch_.setup_hint);
        try {
            wire::Reader reader(reply.body);
            if (static_cast<wire::Status>(reader.u8()) != wire::Status::ok) {
                std::string message = reader.string();
                stop();
                return failure<StartResult>(launch_.runtime_name + " is not usable: " + message);
            }
            StartResult result;
            result.ok = true;
            result.runtime_version = reader.string();
            if (const uint32_t version = reader.u32(); version != wire::protocol_version) {
                stop();
                return failure<StartResult>(launch_.runtime_name + " helper speaks protocol version " + std::to_string(version) +
                                 ", this client " + std::to_string(wire::protocol_version) +
                                 ": rebuild the tests together with tools/runtime");
            }
            return result;
        } catch (const wire::MalformedMessage& error) {
            stop();
            return failure<StartResult>(launch_.runtime_name + " helper answered the greeting with a malformed message (" +
                             error.what() + ")");
        }
    }

    Reply exchange_with_running_process(const std::vector<std::byte>& request, std::string_view what) {
        const auto deadline = Clock::now() + options_.request_timeout;
        const uint64_t log_start = log_total_;
        const auto header = wire::frame_header(request.size());
        Io io = send_all(header, deadline);
        if (io == Io::done) io = send_all(request, deadline);
        std::array<std::byte, wire::frame_header_size> response_header{};
        if (io == Io::done) io = receive_exactly(response_header, deadline);
        Reply reply;
        if (io == Io::done && std::memcmp(response_header.data(), wire::frame_magic, 4) != 0) {
            reply.error = launch_.runtime_name + " failed while " + std::string(what) +
                          ": its process wrote something that is not a protocol frame; it was stopped and "
                          "will be restarted for the next request";
            stop();
            return reply;
        }
        if (io == Io::done) {
            uint64_t body_size = 0;
            std::memcpy(&body_size, response_header.data() + 4, 8);
            reply.body.resize(body_size);
            io = receive_exactly(reply.body, deadline);
        }
        if (io != Io::done) {
            reply.body.clear();
            reply.error = failure_message(io, what, /*restartable=*/what != starting);
            return reply;
        }
        drain_log();  // the process logs before it answers, so its log for this request is here now
        reply.ok = true;
        reply.log = log_since(log_start);
        return reply;
    }

    std::string failure_message(Io io, std::string_view what, bool restartable) {
        std::string message = launch_.runtime_name + " failed while " + std::string(what) + ": ";
        if (io == Io::timed_out) {
            stop(/*kill_now=*/true);
            message += "no answer within " + seconds_text(options_.request_timeout) + "; its process was stopped";
        } else {
            message += "its process " + stop();
        }
        if (restartable) message += "; it will be restarted for the next request";
        // Read the log only now: stop() drains what the process wrote just before it ended.
        const std::string log = log_since(0);
        if (!log.empty()) message += "\nlast lines it logged:\n" + log;
        return message;
    }

    // Stops the process and says how it ended ("exited with status 1", "was killed by signal 11 ...").
    std::string stop(bool kill_now = false) {
        if (pid_ <= 0) return "had already stopped";
        if (socket_ >= 0) close(socket_);  // end of input asks the process to exit
        socket_ = -1;
        int status = 0;
        pid_t reaped = 0;
        const auto grace_end = Clock::now() + std::chrono::seconds(kill_now ? 0 : 2);
        while ((reaped = waitpid(pid_, &status, WNOHANG)) == 0 && Clock::now() < grace_end)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        if (reaped == 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, &status, 0);
        }
        pid_ = -1;
        drain_log();
        if (log_fd_ >= 0) close(log_fd_);
        log_fd_ = -1;
        started_ = {};
        if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
        if (WIFSIGNALED(status))
            return "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" + strsignal(WTERMSIG(status)) + ")";
        return "ended";
    }

    // Waits until the socket is ready for `events` or the deadline passes, draining the
    // process's log meanwhile so a chatty process never blocks on a full stderr pipe.
    Io wait_for_socket(short events, Clock::time_point deadline) {
        while (true) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0) return Io::timed_out;
            pollfd fds[2] = {{socket_, events, 0}, {log_fd_, POLLIN, 0}};
            const int ready = poll(fds, log_fd_ >= 0 ? 2 : 1, static_cast<int>(std::min<int64_t>(left.count(), 1'000'000)));
            if (ready < 0 && errno != EINTR) return Io::closed;
            if (ready <= 0) continue;
            if (fds[1].revents) drain_log();
            if (fds[0].revents & (events | POLLHUP | POLLERR)) return Io::done;
        }
    }

    Io send_all(std::span<const std::byte> bytes, Clock::time_point deadline) {
        while (!bytes.empty()) {
            const ssize_t sent = send(socket_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (sent > 0) {
                bytes = bytes.subspan(static_cast<std::size_t>(sent));
            } else if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                if (Io io = wait_for_socket(POLLOUT, deadline); io != Io::done) return io;
            } else if (!(sent < 0 && errno == EINTR)) {
                return Io::closed;
            }
        }
        return Io::done;
    }

    Io receive_exactly(std::span<std::byte> bytes, Clock::time_point deadline) {
        while (!bytes.empty()) {
            const ssize_t got = recv(socket_, bytes.data(), bytes.size(), 0);
            if (got > 0) {
                bytes = bytes.subspan(static_cast<std::size_t>(got));
            } else if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                if (Io io = wait_for_socket(POLLIN, deadline); io != Io::done) return io;
            } else if (!(got < 0 && errno == EINTR)) {
                return Io::closed;
            }
        }
        return Io::done;
    }

    void drain_log() {
        char buffer[8192];
        while (log_fd_ >= 0) {
            const ssize_t got = read(log_fd_, buffer, sizeof buffer);
            if (got > 0) {
                log_.append(buffer, static_cast<std::size_t>(got));
                log_total_ += static_cast<uint64_t>(got);
                if (log_.size() > max_log_kept) log_.erase(0, log_.size() - max_log_kept / 2);
            } else if (got == 0) {  // the process closed stderr: it is ending
                close(log_fd_);
                log_fd_ = -1;
            } else if (errno != EINTR) {
                return;
            }
        }
    }

    // The log written since log_total_ was `start`, as far as it is still kept (at most the
    // last few kilobytes, which is what a user wants to see).
    std::string log_since(uint64_t start) const {
        const uint64_t written = log_total_ - start;
        const std::size_t kept = std::min<std::size_t>({log_.size(), written, max_log_shown});
        return without_terminal_colors(log_.substr(log_.size() - kept));
    }

    // ONNX Runtime colours its log even into a pipe; the codes are noise in a message.
    static std::string without_terminal_colors(const std::string& text) {
        std::string plain;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
                i += 2;
                while (i < text.size() && !(text[i] >= '@' && text[i] <= '~')) ++i;  // up to the final byte
                continue;
            }
            plain += text[i];
        }
        return plain;
    }

    static constexpr std::size_t max_log_kept = 64 * 1024;
    static constexpr std::size_t max_log_shown = 4 * 1024;

    Launch launch_;
    RuntimeOptions options_;
    pid_t pid_ = -1;
    int socket_ = -1;
    int log_fd_ = -1;
    std::string log_;
    uint64_t log_total_ = 0;
    StartResult started_;
    int starts_ = 0;
};

// ---- requests ------------------------------------------------------------------------

namespace {

// The helper resolves paths against its own working folder, which the caller may since
// have left: send absolute paths.
std::string absolute_path(const std::string& path) {
    if (path.empty()) return path;
    std::error_code ignored;
    const std::filesystem::path absolute = std::filesystem::absolute(path, ignored);
    return absolute.empty() ? path : absolute.string();
}

// Reads the status byte; on an error status returns the message with what the runtime
// logged meanwhile, less the lines that only repeat the message.
std::optional<std::string> error_in(wire::Reader& reader, const std::string& runtime_name, const std::string& log) {
    if (static_cast<wire::Status>(reader.u8()) == wire::Status::ok) return std::nullopt;
    std::string message = reader.string();
    std::string news;
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);) {
        // Runtimes prefix log lines with a time and a source location: "[E:onnxruntime:...] text".
        const std::size_t prefix_end = line.rfind("] ");
        const std::string text = prefix_end == std::string::npos ? line : line.substr(prefix_end + 2);
        if (!text.empty() && message.find(text) == std::string::npos) news += line + "\n";
    }
    if (!news.empty()) message += "\n" + runtime_name + " logged:\n" + news;
    return message;
}

}  // namespace

ReferenceRuntime::ReferenceRuntime(Launch launch, RuntimeOptions options)
    : process_(std::make_unique<Process>(std::move(launch), options)) {}
ReferenceRuntime::ReferenceRuntime(ReferenceRuntime&&) noexcept = default;
ReferenceRuntime& ReferenceRuntime::operator=(ReferenceRuntime&&) noexcept = default;
ReferenceRuntime::~ReferenceRuntime() = default;

StartResult ReferenceRuntime::start() { return process_->start(); }

int ReferenceRuntime::process_starts() const { return process_->starts(); }

int ReferenceRuntime::process_id() const { return process_->id(); }

RunResult ReferenceRuntime::run(const std::string& model_path, const std::vector<HostTensor>& inputs,
                                const std::vector<std::string>& output_names) {
    wire::Writer request;
    request.u8(static_cast<uint8_t>(wire::Operation::run));
    request.string(absolute_path(model_path));
    request.u32(static_cast<uint32_t>(inputs.size()));
    for (const HostTensor& input : inputs) request.tensor(input);
    request.u32(static_cast<uint32_t>(output_names.size()));
    for (const std::string& name : output_names) request.string(name);

    auto reply = process_->exchange(request.body(), "running " + model_path);
    if (!reply.ok) return failure<RunResult>(std::move(reply.error));
    try {
        wire::Reader reader(reply.body);
        if (auto error = error_in(reader, process_->runtime_name(), reply.log)) return failure<RunResult>(std::move(*error));
        RunResult result;
        result.ok = true;
        const uint32_t count = reader.u32();
        for (uint32_t i = 0; i < count; ++i) result.outputs.push_back(reader.tensor());
        return result;
    } catch (const wire::MalformedMessage& error) {
        return failure<RunResult>(process_->runtime_name() + " answered with a malformed message while running " + model_path +
                         " (" + error.what() + ")");
    }
}

std::vector<RunResult> ReferenceRuntime::run_batch(const std::vector<RunRequest>& requests) {
    std::vector<RunResult> results;
    results.reserve(requests.size());
    for (const RunRequest& request : requests)
        results.push_back(run(request.model_path, request.inputs, request.output_names));
    return results;
}

ModelDescription ReferenceRuntime::describe(const std::string& model_path) {
    wire::Writer request;
    request.u8(static_cast<uint8_t>(wire::Operation::describe));
    request.string(absolute_path(model_path));
    auto reply = process_->exchange(request.body(), "loading " + model_path);
    if (!reply.ok) return failure<ModelDescription>(std::move(reply.error));
    try {
        wire::Reader reader(reply.body);
        if (auto error = error_in(reader, process_->runtime_name(), reply.log)) return failure<ModelDescription>(std::move(*error));
        ModelDescription description;
        description.ok = true;
        for (auto* values : {&description.inputs, &description.outputs}) {
            const uint32_t count = reader.u32();
            for (uint32_t i = 0; i < count; ++i) values->push_back(reader.tensor_description());
        }
        return description;
    } catch (const wire::MalformedMessage& error) {
        return failure<ModelDescription>(process_->runtime_name() + " answered with a malformed message while loading " + model_path +
                         " (" + error.what() + ")");
    }
}

void ReferenceRuntime::forget(const std::string& model_path) {
    wire::Writer request;
    request.u8(static_cast<uint8_t>(wire::Operation::forget));
    request.string(absolute_path(model_path));
    process_->exchange(request.body(), "releasing models");
}

// ---- the runtimes ----------------------------------------------------------------

// Defaults compiled in by the build; the environment overrides them.
#ifndef OPBRIDGE_REFERENCE_NODE
#define OPBRIDGE_REFERENCE_NODE "node"
#endif
#ifndef OPBRIDGE_REFERENCE_DEPS_DIR
#define OPBRIDGE_REFERENCE_DEPS_DIR ""
#endif
#ifndef OPBRIDGE_REFERENCE_ORT_SERVER
#define OPBRIDGE_REFERENCE_ORT_SERVER ""
#endif
#ifndef OPBRIDGE_REFERENCE_LITERT_SERVER
#define OPBRIDGE_REFERENCE_LITERT_SERVER ""
#endif
#ifndef OPBRIDGE_REFERENCE_TFLITE_RUNNER
#define OPBRIDGE_REFERENCE_TFLITE_RUNNER ""
#endif

namespace {

std::vector<std::string> tuning_arguments(const RuntimeOptions& options) {
    return {"--threads", std::to_string(std::max(0, options.threads)), "--max-models",
            std::to_string(std::max(1, options.max_cached_models))};
}

// A runtime behind one of the Node servers: `node SCRIPT --deps DIR ...`.
ReferenceRuntime::Launch node_server_launch(std::string runtime_name, const char* script_variable, const std::string& script,
                                            const RuntimeOptions& options) {
    ReferenceRuntime::Launch launch;
    launch.runtime_name = std::move(runtime_name);
    launch.setup_hint = "Run scripts/install_runtimes.sh; it needs Node.js 20 on PATH (or in OPBRIDGE_NODE).";
    if (script.empty()) {
        launch.setup_hint = std::string("set ") + script_variable + " to the server script in tools/runtime/";
        return launch;
    }
    launch.argv = {environment_or("OPBRIDGE_NODE", OPBRIDGE_REFERENCE_NODE), script};
    if (std::string deps = environment_or("OPBRIDGE_DEPS_DIR", OPBRIDGE_REFERENCE_DEPS_DIR); !deps.empty())
        launch.argv.insert(launch.argv.end(), {"--deps", deps});
    for (std::string& argument : tuning_arguments(options)) launch.argv.push_back(std::move(argument));
    return launch;
}

}  // namespace

OnnxRuntime::OnnxRuntime(RuntimeOptions options)
    : ReferenceRuntime(
          [&] {
              Launch launch = node_server_launch("ONNX Runtime", "OPBRIDGE_ORT_SERVER",
                                                 environment_or("OPBRIDGE_ORT_SERVER", OPBRIDGE_REFERENCE_ORT_SERVER), options);
              if (!launch.argv.empty()) launch.argv.insert(launch.argv.end(), {"--integer-qdq", options.integer_qdq ? "1" : "0"});
              return launch;
          }(),
          options) {}

LiteRtRuntime::LiteRtRuntime(RuntimeOptions options)
    : ReferenceRuntime(node_server_launch("LiteRT", "OPBRIDGE_LITERT_SERVER",
                                          environment_or("OPBRIDGE_LITERT_SERVER", OPBRIDGE_REFERENCE_LITERT_SERVER), options),
                       options) {}

TfliteRuntime::TfliteRuntime(RuntimeOptions options)
    : ReferenceRuntime(
          [&] {
              Launch launch;
              launch.runtime_name = "TensorFlow Lite";
              launch.setup_hint = "Run scripts/install_runtimes.sh, and build the opbridge_tflite_runner target.";
              const std::string runner = environment_or("OPBRIDGE_TFLITE_RUNNER", OPBRIDGE_REFERENCE_TFLITE_RUNNER);
              if (runner.empty()) {
                  launch.setup_hint = "set OPBRIDGE_TFLITE_RUNNER to the built opbridge_tflite_runner program";
                  return launch;
              }
              launch.argv = {runner};
              const std::string deps = environment_or("OPBRIDGE_DEPS_DIR", OPBRIDGE_REFERENCE_DEPS_DIR);
              const std::string library = environment_or(
                  "OPBRIDGE_TFLITE_LIBRARY", deps.empty() ? std::string{} : deps + "/tflite/libtensorflowlite_c.so");
              if (!library.empty()) launch.argv.insert(launch.argv.end(), {"--library", library});
              for (std::string& argument : tuning_arguments(options)) launch.argv.push_back(std::move(argument));
              return launch;
          }(),
          options) {}

}  // namespace opbridge::testing
