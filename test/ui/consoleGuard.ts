// Fails every test of the calling file that logs a console error (React warnings included).

/** Installs beforeEach/afterEach hooks that fail a test on any console.error call. */
export function failOnConsoleErrors(): void {
  let consoleErrors: jest.SpyInstance;
  beforeEach(() => {
    consoleErrors = jest.spyOn(console, "error");
  });
  afterEach(() => {
    const calls = consoleErrors.mock.calls;
    consoleErrors.mockRestore();
    expect(calls).toEqual([]);
  });
}
