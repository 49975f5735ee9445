// The threads that check reports for every request of `reportlint serve`: at
// most `workers` checks run at once, however many uploads arrive at once.
#ifndef REPORTLINT_SERVE_CHECK_POOL_H_
#define REPORTLINT_SERVE_CHECK_POOL_H_

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace reportlint {

class CheckPool {
 public:
  using Clock = std::chrono::steady_clock;
  enum class Outcome {
    kDone,  // every task ran
    kBusy,  // the queue was full: nothing ran
    kLate,  // the deadline passed first: tasks not started are skipped
  };

  // `max_queued`: tasks waiting over every request; a batch is refused when it
  // would overflow it, unless nothing waits (so one batch always fits).
  CheckPool(int workers, size_t max_queued);
  // Close(), then waits for the running tasks.
  ~CheckPool();
  CheckPool(const CheckPool&) = delete;
  CheckPool& operator=(const CheckPool&) = delete;

  // Runs `tasks` on the pool and waits until they are all done or `deadline`
  // passes. REQUIRES: a task owns (shares) everything it touches, since after
  // kLate a started task still runs to its end. A task that throws is
  // counted as done; it should catch and record its own failure.
  Outcome Run(std::vector<std::function<void()>> tasks, Clock::time_point deadline);

  // Stops taking tasks: the queued ones never run, Run answers kBusy from now
  // on and wakes the requests waiting (a server stopping answers them at once).
  void Close();

  // Tasks waiting for a worker now (for tests).
  size_t queued() const;

 private:
  struct Batch {
    size_t remaining = 0;   // tasks neither finished nor skipped (guarded by mu_)
    bool abandoned = false;  // the request gave up waiting (guarded by mu_)
  };
  struct Task {
    std::shared_ptr<Batch> batch;
    std::function<void()> work;
  };
  void Work();

  const size_t max_queued_;
  mutable std::mutex mu_;
  std::condition_variable ready_;     // a task was queued, or the pool is closing
  std::condition_variable finished_;  // a batch was finished, or the pool is closing
  std::deque<Task> queue_;
  bool closing_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace reportlint

#endif  // REPORTLINT_SERVE_CHECK_POOL_H_
