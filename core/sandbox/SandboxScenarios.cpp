#include "SandboxScenarios.h"
