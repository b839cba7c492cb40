/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", after vitest's
 * own report, so CI logs state the count in a form any reader can check; and names each test
 * file that failed outside its tests (an import that throws), which no count would show.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const brokenFiles: string[] = [];
    for (const module of testModules) {
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedTests++;
        else counts.skipped++;
      }
      counts.failed += failedTests;
      if (module.state() === 'failed' && failedTests === 0) brokenFiles.push(relative(process.cwd(), module.moduleId));
    }
    const broken = brokenFiles.length ? `; ${brokenFiles.length} test files failed to run: ${brokenFiles.join(', ')}` : '';
    console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${broken}`);
  }
}
