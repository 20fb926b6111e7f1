// Loads electron-builder.yml and checks what an org relies on: targets, fuses, signing from the
// environment only, unpacked native modules, org resources. Also checks the release script's
// signing decisions. (Packaging itself needs Electron binaries, which this machine can't fetch.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as yaml from 'js-yaml';
// @ts-expect-error plain ESM script without type declarations
import { builderArgs, signingFor } from '../../../scripts/release.mjs';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const text = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const config = yaml.load(text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function targets(platform: 'win' | 'mac' | 'linux'): string[] {
  return (config[platform].target as { target: string }[]).map((t) => t.target);
}

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration (its own schema validator)', async () => {
    const { validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as {
      validateConfiguration: (c: unknown, log: unknown) => Promise<void>;
    };
    const debugLogger = { add() {}, isEnabled: false };
    await validateConfiguration(structuredClone(config), debugLogger);
    // The validator really runs: a misspelt key is refused.
    await assert.rejects(validateConfiguration({ ...structuredClone(config), electronFusez: {} }, debugLogger));
    assert.equal(config.appId, 'com.promptvault.desktop');
    assert.equal(config.asar, true);
  });

  it('builds Windows NSIS, macOS dmg + zip, Linux AppImage + deb', () => {
    assert.deepEqual(targets('win'), ['nsis']);
    assert.deepEqual(targets('mac').sort(), ['dmg', 'zip']);
    assert.deepEqual(targets('linux').sort(), ['AppImage', 'deb']);
  });

  it('hardens and notarizes macOS builds', () => {
    assert.equal(config.mac.hardenedRuntime, true);
    assert.equal(config.mac.notarize, true);
    const ent = fs.readFileSync(path.join(root, config.mac.entitlements), 'utf8');
    assert.match(ent, /com\.apple\.security\.cs\.allow-jit/);
    assert.doesNotMatch(
      ent,
      /disable-library-validation|allow-dyld-environment-variables|allow-unsigned-executable-memory/,
    );
  });

  it('sets the Electron fuses at pack time', () => {
    assert.deepEqual(
      {
        runAsNode: config.electronFuses.runAsNode,
        enableNodeOptionsEnvironmentVariable: config.electronFuses.enableNodeOptionsEnvironmentVariable,
        enableNodeCliInspectArguments: config.electronFuses.enableNodeCliInspectArguments,
        enableCookieEncryption: config.electronFuses.enableCookieEncryption,
        enableEmbeddedAsarIntegrityValidation: config.electronFuses.enableEmbeddedAsarIntegrityValidation,
        onlyLoadAppFromAsar: config.electronFuses.onlyLoadAppFromAsar,
      },
      {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableCookieEncryption: true,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
      },
    );
  });

  it('unpacks the native modules and rebuilds them for Electron', () => {
    const unpack = config.asarUnpack as string[];
    assert.ok(unpack.some((p) => p.includes('node_modules/better-sqlite3')));
    assert.ok(unpack.some((p) => p.includes('node_modules/onnxruntime-node')));
    assert.ok(unpack.includes('**/*.node'));
    assert.equal(config.npmRebuild, true);
  });

  it('ships the org policy, public key and optionally the model as extra resources', () => {
    const extra = config.extraResources as { from: string; to: string; filter: string[] }[];
    const org = extra.find((e) => e.to === 'org')!;
    assert.deepEqual(org.filter.sort(), ['org-public-key.txt', 'policy.json']);
    assert.ok(extra.some((e) => e.to === 'models'));
  });

  it('packs only bundles and the built renderer', () => {
    assert.ok((config.files as string[]).includes('dist/electron/**'));
    assert.ok((config.files as string[]).includes('renderer/dist/**'));
    assert.ok(!(config.files as string[]).some((f) => /^(electron|shared|tests|models)\//.test(f)));
  });

  it('commits no signing secrets', () => {
    assert.doesNotMatch(text, /^\s*(cscLink|cscKeyPassword|certificatePassword|certificateFile)\s*:/m);
    assert.doesNotMatch(text, /-----BEGIN|password\s*:\s*\S/i);
  });
});

describe('release script signing decisions', () => {
  it('picks signing only from environment variables', () => {
    assert.equal(signingFor('win', {}), null);
    assert.equal(signingFor('win', { CSC_LINK: 'x' }), 'signtool');
    assert.equal(
      signingFor('win', {
        AZURE_TRUSTED_SIGNING_ENDPOINT: 'https://weu.codesigning.azure.net',
        AZURE_TRUSTED_SIGNING_ACCOUNT: 'acct',
        AZURE_TRUSTED_SIGNING_PROFILE: 'prof',
      }),
      'azure-trusted-signing',
    );
    assert.equal(signingFor('mac', {}), null);
    assert.equal(signingFor('mac', { CSC_NAME: 'Developer ID Application: Acme' }), 'developer-id');
  });

  it('names unsigned artifacts as such and forces signing when credentials exist', () => {
    const unsignedMac = builderArgs('mac', null, {}) as string[];
    assert.ok(unsignedMac.some((a) => a.includes('-UNSIGNED.${ext}')));
    assert.ok(unsignedMac.includes('-c.mac.identity=null'));
    const signedWin = builderArgs('win', 'signtool', {}) as string[];
    assert.ok(!signedWin.some((a) => a.includes('UNSIGNED')));
    assert.ok(signedWin.includes('-c.forceCodeSigning=true'));
    const azure = builderArgs('win', 'azure-trusted-signing', {
      AZURE_TRUSTED_SIGNING_ENDPOINT: 'https://e',
      AZURE_TRUSTED_SIGNING_ACCOUNT: 'a',
      AZURE_TRUSTED_SIGNING_PROFILE: 'p',
    }) as string[];
    assert.ok(azure.includes('-c.win.azureSignOptions.endpoint=https://e'));
    assert.ok(azure.includes('-c.win.azureSignOptions.certificateProfileName=p'));
  });
});
