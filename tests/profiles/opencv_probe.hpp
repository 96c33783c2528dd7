#pragma once
// What OpenCV DNN really does with a model: cv::dnn::readNetFromONNX, then forward() on
// given inputs. Each model runs in a forked child so that a crash (segfault, abort) or a hang
// in OpenCV counts as a rejection instead of ending the test; the child reports through a
// pipe. Inputs are fed as CV_32F, as OpenCV 4.6's DNN module takes them (it has no int64
// Mat type), and a model that cannot be fed that way is rejected like any other failure.

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/dnn.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "opbridge/ir/tensor.hpp"

namespace opbridge::test::opencv {

struct NamedTensor {
    std::string name;
    Tensor tensor;
};

struct Outcome {
    bool accepted = false;
    std::string reason;  // why it was rejected: OpenCV's message, the signal, the timeout
};

// Elements of `t` as float (numeric dtypes); nothing for strings and unknown types.
inline std::optional<std::vector<float>> as_floats(const Tensor& t) {
    auto n = t.element_count();
    if (!n) return std::nullopt;
    std::vector<float> out(static_cast<std::size_t>(*n));
    for (std::size_t i = 0; i < out.size(); ++i) {
        switch (t.dtype) {
        case DType::float32: out[i] = t.at<float>(i); break;
        case DType::float64: out[i] = static_cast<float>(t.at<double>(i)); break;
        case DType::int64: out[i] = static_cast<float>(t.at<int64_t>(i)); break;
        case DType::int32: out[i] = static_cast<float>(t.at<int32_t>(i)); break;
        case DType::int16: out[i] = static_cast<float>(t.at<int16_t>(i)); break;
        case DType::int8: out[i] = static_cast<float>(t.at<int8_t>(i)); break;
        case DType::uint8:
        case DType::boolean: out[i] = static_cast<float>(t.at<uint8_t>(i)); break;
        case DType::uint16: out[i] = static_cast<float>(t.at<uint16_t>(i)); break;
        case DType::uint32: out[i] = static_cast<float>(t.at<uint32_t>(i)); break;
        case DType::uint64: out[i] = static_cast<float>(t.at<uint64_t>(i)); break;
        default: return std::nullopt;
        }
    }
    return out;
}

// Runs in the child: load, feed, forward. Returns "" when OpenCV accepted the model.
inline std::string load_and_run(const std::string& model_path, const std::vector<NamedTensor>& inputs) {
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(model_path);
        if (net.empty()) return "readNetFromONNX gave an empty network";
        for (const auto& in : inputs) {
            auto values = as_floats(in.tensor);
            if (!values) return "input '" + in.name + "' has a type OpenCV cannot be fed";
            std::vector<int> dims(in.tensor.dims.begin(), in.tensor.dims.end());
            if (dims.empty()) dims = {1};
            cv::Mat blob(static_cast<int>(dims.size()), dims.data(), CV_32F);
            if (!values->empty()) std::memcpy(blob.ptr<float>(), values->data(), values->size() * sizeof(float));
            net.setInput(blob, in.name);
        }
        std::vector<cv::Mat> outs;
        net.forward(outs, net.getUnconnectedOutLayersNames());
        if (outs.empty()) return "forward() gave no output";
        return "";
    } catch (const cv::Exception& e) {
        std::string what = e.what();
        return what.empty() ? "cv::Exception" : what;
    } catch (const std::exception& e) {
        return std::string("exception: ") + e.what();
    }
}

// One model to try; `inputs` is called in the child (so big inputs are not built up front).
struct Job {
    std::string model_path;
    std::function<std::vector<NamedTensor>()> inputs;
};

// Runs every job in a child process, `parallel` at a time; each child gets `timeout`.
inline std::vector<Outcome> run_all(const std::vector<Job>& jobs, int parallel, std::chrono::seconds timeout) {
    struct Running {
        std::size_t job;
        pid_t pid;
        int fd;
        std::string text;
        std::chrono::steady_clock::time_point started;
        bool timed_out = false;
    };
    std::vector<Outcome> results(jobs.size());
    std::deque<Running> running;
    std::size_t next = 0;
    auto start_one = [&](std::size_t j) {
        int fds[2];
        if (pipe(fds) != 0) {
            results[j] = {false, "pipe() failed"};
            return;
        }
        pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
            cv::setNumThreads(1);
            std::string why = load_and_run(jobs[j].model_path, jobs[j].inputs());
            std::string msg = why.empty() ? "OK" : "NO" + why;
            (void)!write(fds[1], msg.data(), msg.size());
            close(fds[1]);
            _exit(0);
        }
        close(fds[1]);
        if (pid < 0) {
            close(fds[0]);
            results[j] = {false, "fork() failed"};
            return;
        }
        running.push_back({j, pid, fds[0], {}, std::chrono::steady_clock::now()});
    };
    while (next < jobs.size() || !running.empty()) {
        while (next < jobs.size() && static_cast<int>(running.size()) < parallel) start_one(next++);
        if (running.empty()) continue;
        std::vector<pollfd> fds;
        for (auto& r : running) fds.push_back({r.fd, POLLIN, 0});
        poll(fds.data(), fds.size(), 200);
        for (std::size_t i = 0; i < running.size();) {
            auto& r = running[i];
            bool finished = false;
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                char buf[4096];
                ssize_t got = read(r.fd, buf, sizeof buf);
                if (got > 0) r.text.append(buf, static_cast<std::size_t>(got));
                else finished = true;  // EOF: the child is gone or closed the pipe
            }
            if (!finished && std::chrono::steady_clock::now() - r.started > timeout) {
                kill(r.pid, SIGKILL);
                r.timed_out = true;
                finished = true;
            }
            if (!finished) {
                ++i;
                continue;
            }
            int status = 0;
            waitpid(r.pid, &status, 0);
            close(r.fd);
            Outcome& o = results[r.job];
            if (r.timed_out) o = {false, "no answer within " + std::to_string(timeout.count()) + " s"};
            else if (WIFSIGNALED(status)) o = {false, std::string("crashed: ") + strsignal(WTERMSIG(status))};
            else if (r.text == "OK") o = {true, ""};
            else if (r.text.rfind("NO", 0) == 0) o = {false, r.text.substr(2)};
            else o = {false, "child exited without an answer (status " + std::to_string(WEXITSTATUS(status)) + ")"};
            running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
            fds.erase(fds.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    return results;
}

} // namespace opbridge::test::opencv
