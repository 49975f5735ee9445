// The check pool: a FIFO of tasks grouped by request, so a request that stops
// waiting takes its unstarted tasks out of the way of the next one.
#include "checker/serve/check_pool.h"

#include <algorithm>

namespace reportlint {

CheckPool::CheckPool(int workers, size_t max_queued) : max_queued_(max_queued) {
  for (int i = 0; i < std::max(1, workers); ++i) threads_.emplace_back([this] { Work(); });
}

CheckPool::~CheckPool() {
  Close();
  for (std::thread& t : threads_) t.join();
}

void CheckPool::Close() {
  std::lock_guard<std::mutex> lock(mu_);
  closing_ = true;
  queue_.clear();
  ready_.notify_all();
  finished_.notify_all();
}

size_t CheckPool::queued() const {
  std::lock_guard<std::mutex> lock(mu_);
  return queue_.size();
}

CheckPool::Outcome CheckPool::Run(std::vector<std::function<void()>> tasks,
                                  Clock::time_point deadline) {
  auto batch = std::make_shared<Batch>();
  std::unique_lock<std::mutex> lock(mu_);
  if (closing_ || (!queue_.empty() && queue_.size() + tasks.size() > max_queued_)) {
    return Outcome::kBusy;
  }
  batch->remaining = tasks.size();
  for (auto& work : tasks) queue_.push_back({batch, std::move(work)});
  ready_.notify_all();
  bool finished = finished_.wait_until(
      lock, deadline, [&] { return batch->remaining == 0 || closing_; });
  if (finished && batch->remaining == 0) return Outcome::kDone;
  batch->abandoned = true;
  return closing_ ? Outcome::kBusy : Outcome::kLate;
}

void CheckPool::Work() {
  for (;;) {
    Task task;
    {
      std::unique_lock<std::mutex> lock(mu_);
      ready_.wait(lock, [&] { return closing_ || !queue_.empty(); });
      if (closing_) return;
      task = std::move(queue_.front());
      queue_.pop_front();
      if (task.batch->abandoned) {  // its request answered 504 already
        --task.batch->remaining;
        continue;
      }
    }
    try {
      task.work();
    } catch (...) {
      // The task records its own failure; the pool only has to outlive it.
    }
    std::lock_guard<std::mutex> lock(mu_);
    // One condition for every batch: the waiters are few (one per request).
    if (--task.batch->remaining == 0) finished_.notify_all();
  }
}

}  // namespace reportlint
