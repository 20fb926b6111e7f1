#!/usr/bin/env node
// One command for an org to build its own release with its policy (runs through tsx):
//   npm run release -- --policy org/policy.signed.json --public-key org/org-public-key.txt \
//                      [--model DIR] [--platform win|mac|linux] [--unsigned] [--dry-run]
// 1. verifies that the policy is signed by the given key (refuses to ship a policy the app would
//    reject), 2. stages it into build/org (and the model into build/models/<name>),
// 3. builds renderer + main/preload bundles, 4. runs electron-builder with signing taken from the
//    environment; without signing credentials for the target the artifacts are named "-UNSIGNED".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Which signing the environment provides for a platform (no values, only names, are printed). */
export function signingFor(platform, env = process.env) {
  if (platform === 'win') {
    if (env.AZURE_TRUSTED_SIGNING_ENDPOINT && env.AZURE_TRUSTED_SIGNING_ACCOUNT && env.AZURE_TRUSTED_SIGNING_PROFILE)
      return 'azure-trusted-signing';
    if (env.WIN_CSC_LINK || env.CSC_LINK) return 'signtool';
    return null;
  }
  if (platform === 'mac') return env.CSC_LINK || env.CSC_NAME ? 'developer-id' : null;
  return 'n/a'; // Linux packages are not code-signed (deb/AppImage); checksums are published.
}

/** electron-builder CLI arguments for a platform and signing state. */
export function builderArgs(platform, signing, env = process.env) {
  const args = ['--config', 'electron-builder.yml', `--${platform}`, '--publish', 'never'];
  if (platform !== 'linux' && !signing) {
    args.push('-c.artifactName=${productName}-${version}-${os}-${arch}-UNSIGNED.${ext}');
    if (platform === 'mac') args.push('-c.mac.identity=null', '-c.mac.notarize=false');
    if (platform === 'win') args.push('-c.win.signAndEditExecutable=true', '-c.forceCodeSigning=false');
  } else if (platform !== 'linux') {
    args.push('-c.forceCodeSigning=true');
  }
  if (platform === 'win' && signing === 'azure-trusted-signing') {
    args.push(
      `-c.win.azureSignOptions.endpoint=${env.AZURE_TRUSTED_SIGNING_ENDPOINT}`,
      `-c.win.azureSignOptions.codeSigningAccountName=${env.AZURE_TRUSTED_SIGNING_ACCOUNT}`,
      `-c.win.azureSignOptions.certificateProfileName=${env.AZURE_TRUSTED_SIGNING_PROFILE}`,
    );
    if (env.AZURE_PUBLISHER_NAME) args.push(`-c.win.azureSignOptions.publisherName=${env.AZURE_PUBLISHER_NAME}`);
  }
  return args;
}

function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (res.status !== 0) {
    console.error(`release: "${cmd} ${args.join(' ')}" failed (exit ${res.status}).`);
    process.exit(res.status ?? 1);
  }
}

function hostPlatform() {
  return process.platform === 'win32' ? 'win' : process.platform === 'darwin' ? 'mac' : 'linux';
}

async function main() {
  const { values } = parseArgs({
    options: {
      policy: { type: 'string' },
      'public-key': { type: 'string' },
      model: { type: 'string' },
      platform: { type: 'string' },
      unsigned: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run release -- --policy FILE --public-key FILE [--model DIR] [--platform win|mac|linux] [--unsigned] [--dry-run]',
    );
    return;
  }
  const platform = values.platform ?? hostPlatform();
  if (!['win', 'mac', 'linux'].includes(platform)) throw new Error(`Unknown platform "${platform}".`);

  const orgDir = path.join(root, 'build', 'org');
  const modelsDir = path.join(root, 'build', 'models');
  fs.rmSync(orgDir, { recursive: true, force: true });
  fs.rmSync(modelsDir, { recursive: true, force: true });
  fs.mkdirSync(orgDir, { recursive: true });
  fs.mkdirSync(modelsDir, { recursive: true });

  if (values.policy || values['public-key']) {
    if (!values.policy || !values['public-key']) throw new Error('--policy and --public-key go together.');
    const policyText = fs.readFileSync(values.policy, 'utf8');
    const publicKey = fs
      .readFileSync(values['public-key'], 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('#'));
    // Refuse to ship a policy the app would reject (unsigned, wrong key, expired, invalid).
    // (Run through tsx, so the app's own verifier is imported from TypeScript.)
    const { verifySignedPolicy } = await import('../electron/services/policy/signing.ts');
    try {
      const policy = await verifySignedPolicy(policyText, publicKey);
      console.log(`release: policy "${policy.id}" version ${policy.version} verifies with the public key`);
    } catch (err) {
      throw new Error(
        `The policy would be rejected by the app: ${err instanceof Error ? err.message : String(err)} Nothing was built.`,
        { cause: err },
      );
    }
    fs.writeFileSync(path.join(orgDir, 'policy.json'), policyText);
    fs.writeFileSync(path.join(orgDir, 'org-public-key.txt'), `${publicKey}\n`);
    console.log('release: staged the org policy and public key into build/org');
  } else {
    console.log('release: no --policy given: an unmanaged build (built-in defaults apply).');
  }
  if (values.model) {
    const name = path.basename(path.resolve(values.model));
    fs.cpSync(values.model, path.join(modelsDir, name), { recursive: true });
    console.log(`release: staged the model ${name} into build/models`);
  }

  const signing = values.unsigned ? null : signingFor(platform);
  console.log(
    `release: ${platform} build, signing: ${signing ?? 'NONE (artifacts named -UNSIGNED)'}` +
      (platform === 'mac' && signing ? ', notarization from APPLE_* variables' : ''),
  );
  const args = builderArgs(platform, signing);
  if (values['dry-run']) {
    console.log(`release: would run electron-builder ${args.join(' ')}`);
    return;
  }
  run('npm', ['run', '-s', 'build']);
  run('npx', ['electron-builder', ...args]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(`release: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
